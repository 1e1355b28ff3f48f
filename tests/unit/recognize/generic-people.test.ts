/**
 * The generic reader (issue 13): a site's own role mailboxes, the no-reply kind
 * and share links name nobody, and a link's text "Email" is no one's name; a real
 * person's address on the same page still counts.
 */
import { describe, expect, it } from 'vitest';
import { recognizePage } from '@/lib/recognize';
import { isRoleMailbox } from '@/lib/recognize/role-mailbox';

const page = (body: string, head = '') =>
  new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>Page</title>${head}</head><body>${body}</body></html>`,
    'text/html',
  );
const peopleOn = (body: string, url = 'https://news.daily-herald.example/a', head = '') =>
  recognizePage(page(body, head), url)?.people ?? [];

describe('isRoleMailbox', () => {
  it.each([
    ['newsroom@daily-herald.example', 'www.daily-herald.example'],
    ['press.office@dailyherald.example', 'news.daily-herald.example'],
    ['corrections@daily-herald.co.uk', 'www.daily-herald.example'],
    ['info2@mail.daily-herald.example', 'daily-herald.example'],
  ])('%s on %s is the site’s own', (email, host) =>
    expect(isRoleMailbox(email, host, false)).toBe(true),
  );

  it.each([
    'noreply@x.example',
    'no-reply@x.example',
    'do_not_reply@x.example',
    'mailer-daemon@x.example',
  ])('%s names nobody on any site', (email) =>
    expect(isRoleMailbox(email, 'crm.internal.example', false)).toBe(true),
  );

  it('keeps a customer’s role mailbox on an in-house CRM, but not on a publication', () => {
    expect(isRoleMailbox('sales@nordlys-shipping.example', 'crm.internal.example', false)).toBe(
      false,
    );
    expect(isRoleMailbox('sales@nordlys-shipping.example', 'crm.internal.example', true)).toBe(
      true,
    );
  });

  it.each([
    'anna.berg@daily-herald.example',
    'info.desk.lead@x.example',
    'salesforce-admin@x.example',
  ])('%s is a person’s, or not plainly a role', (email) =>
    expect(isRoleMailbox(email, 'www.daily-herald.example', true)).toBe(false),
  );
});

describe('the generic reader', () => {
  it('finds no people on a page with only its own role mailboxes and share links', () => {
    const doc = page(
      `<a href="mailto:?subject=Read&amp;body=https%3A%2F%2Fnews.daily-herald.example%2Fa">Email</a>
       <a href="mailto:?body=https://news.daily-herald.example/a">Share</a>
       <footer>press@daily-herald.example · <a href="mailto:support@daily-herald.example">Support</a></footer>`,
    );
    expect(recognizePage(doc, 'https://news.daily-herald.example/a')).toBeNull();
  });

  it('still counts a real person’s address beside the role mailboxes', () => {
    expect(
      peopleOn(
        `<p>By <a href="mailto:anna.berg@daily-herald.example">Anna Berg</a></p>
         <footer><a href="mailto:newsroom@daily-herald.example">Newsroom</a></footer>`,
      ),
    ).toEqual([{ role: 'subject', name: 'Anna Berg', email: 'anna.berg@daily-herald.example' }]);
  });

  it('drops any role mailbox on an article, whatever its domain', () => {
    expect(
      peopleOn(
        '<p>Subscriptions: support@herald-subscriptions.example</p>',
        'https://news.daily-herald.example/a',
        '<meta property="og:type" content="article">',
      ),
    ).toEqual([]);
  });

  it('keeps a customer’s billing mailbox on an in-house CRM page', () => {
    expect(
      peopleOn('<td>billing@nordlys-shipping.example</td>', 'https://crm.internal.example/c/1'),
    ).toEqual([{ role: 'subject', email: 'billing@nordlys-shipping.example' }]);
  });

  it.each(['Email', 'E-mail', 'Send email', 'Email me', 'Contact'])(
    'takes no name from a link that says “%s”',
    (label) =>
      expect(peopleOn(`<a href="mailto:ingrid.dahl@nordlys.example">${label}</a>`)).toEqual([
        { role: 'subject', email: 'ingrid.dahl@nordlys.example' },
      ]),
  );

  it('reads each address of a mailto to several, naming none of them', () => {
    expect(
      peopleOn('<a href="mailto:ingrid@nordlys.example,ola@nordlys.example">Ingrid and Ola</a>'),
    ).toEqual([
      { role: 'subject', email: 'ingrid@nordlys.example' },
      { role: 'subject', email: 'ola@nordlys.example' },
    ]);
  });

  it('makes no nameless person of a mailto that holds no address', () => {
    expect(peopleOn('<a href="mailto:Ingrid Dahl">Ingrid Dahl</a>')).toEqual([]);
  });
});
