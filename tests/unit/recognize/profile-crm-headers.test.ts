/**
 * LinkedIn on its country hosts and Zoho's detail-view header (issue 13).
 */
import { describe, expect, it } from 'vitest';
import { recognizePage, recognizerFor } from '@/lib/recognize';

const page = (body: string, title = 'Misleading title') =>
  new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`,
    'text/html',
  );

describe('LinkedIn hosts', () => {
  it.each([
    'https://se.linkedin.com/in/x',
    'https://uk.linkedin.com/company/y',
    'https://www.linkedin.com/in/x',
  ])('%s is LinkedIn’s', (url) => expect(recognizerFor(url)?.site).toBe('linkedin'));

  it.each(['https://linkedin.com.evil.example/in/x', 'https://notlinkedin.com/in/x'])(
    '%s is not',
    (url) => expect(recognizerFor(url)?.site).not.toBe('linkedin'),
  );
});

describe('LinkedIn guest profile', () => {
  const card = (links: string) =>
    page(
      `<main id="main-content"><section class="top-card-layout"><h1 class="top-card-layout__title"> Karin Holm </h1>
       <div class="top-card__links-container">${links}</div></section></main>
       <aside><h1>Someone Else</h1></aside>`,
    );

  it('takes the current company from the top card’s position link', () => {
    const doc = card(
      `<div data-section="currentPositionsDetails"><a class="top-card-link" href="https://se.linkedin.com/company/nordlys?trk=public_profile_topcard-current-company"><img alt="Logo text"><span class="top-card-link__description">Nordlys Shipping AS</span></a></div>
       <div data-section="educationsDetails"><a class="top-card-link"><span class="top-card-link__description">Chalmers</span></a></div>`,
    );
    const s = recognizePage(doc, 'https://se.linkedin.com/in/karin-holm');
    expect(s?.record).toEqual({ system: 'linkedin', type: 'in', id: 'karin-holm' });
    expect(s?.company).toBe('Nordlys Shipping AS');
    expect(s?.people).toEqual([{ role: 'subject', name: 'Karin Holm' }]);
  });

  it('falls back to the current company logo’s alt text', () => {
    const doc = card(
      '<a data-tracking-control-name="public_profile_topcard-current-company" href="/company/n"><img alt="Nordlys Shipping AS"></a>',
    );
    expect(recognizePage(doc, 'https://se.linkedin.com/in/karin-holm')?.company).toBe(
      'Nordlys Shipping AS',
    );
  });

  it('does not take a school or a past position for the company', () => {
    const doc = card(
      `<div data-section="educationsDetails"><a class="top-card-link"><span class="top-card-link__description">Chalmers</span></a></div>
       <div data-section="pastPositionsDetails"><a class="top-card-link"><span class="top-card-link__description">Maersk</span></a></div>`,
    );
    expect(recognizePage(doc, 'https://se.linkedin.com/in/karin-holm')?.company).toBeUndefined();
  });
});

describe('Zoho detail-view header', () => {
  const url = 'https://crm.zoho.com/crm/org1/tab/Contacts/4876876000000231017';

  it('joins a name split into spans and drops the salutation', () => {
    const doc = page(
      '<span id="recHeader1"><span>Dr.</span><span>Erik</span><span>Lund</span></span>',
      'Priya Raman - Zoho CRM',
    );
    expect(recognizePage(doc, url)?.title).toBe('Erik Lund');
  });

  it('keeps a one-word name after a title-like word', () => {
    const doc = page('<span id="recHeader1">Dr. Oetker</span>');
    expect(
      recognizePage(doc, 'https://crm.zoho.com/crm/org1/tab/Accounts/4876876000000231001')?.company,
    ).toBe('Dr. Oetker');
  });

  it('reads the header, not a hidden cached view of the record seen before', () => {
    const doc = page(
      `<div style="display:none"><span id="recHeader1">Priya Raman</span></div>
       <span id="recHeader1">Erik Lund</span>`,
    );
    expect(recognizePage(doc, url)?.people).toEqual([{ role: 'subject', name: 'Erik Lund' }]);
  });
});
