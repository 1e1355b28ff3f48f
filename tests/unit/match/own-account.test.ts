import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { acceptMessage } from '@/lib/background/dispatch';
import { handleMessage, type MatchingEnv } from '@/lib/background/handle-message';
import { getSettings, updateSettings } from '@/lib/db/settings';
import type { CallprepDB } from '@/lib/db/schema';
import { linkPageToCustomer } from '@/lib/match/learn';
import { matchCustomer } from '@/lib/match/match-customer';
import { rememberOwnAccount } from '@/lib/match/own-account';
import { MESSAGE } from '@/lib/messaging';
import { gmailAccount } from '@/lib/recognize/gmail';
import { makeRecognition } from '@/lib/recognize/registry';
import { makeAccountReporter } from '@/lib/recognize/report-account';
import { readTabState } from '@/lib/session/tab-state';
import { recognizer as gmail } from '@/lib/sites/mail/gmail';
import { addContact, addCustomer, signal, testDb } from './helpers';

const TAB = 4;
const env = (db: CallprepDB): MatchingEnv => ({
  db,
  runtimeId: fakeBrowser.runtime.id,
  session: fakeBrowser.storage.session,
  action: fakeBrowser.action,
  now: () => 1_000,
});
const fromGmailTab = {
  id: fakeBrowser.runtime.id,
  tab: { id: TAB },
  frameId: 0,
  url: 'https://mail.google.com/mail/u/0/#inbox',
};

/** A thread the seller (on free mail) exchanged with Ada at Acme. */
const thread = signal({
  people: [
    { name: 'Sam Seller', email: 'sam.seller@gmail.com', role: 'from' },
    { name: 'Ada', email: 'ada@acme.com', role: 'to' },
  ],
});

function docTitled(title: string): Document {
  const doc = document.implementation.createHTMLDocument();
  doc.title = title;
  return doc;
}

describe('the signed-in Gmail mailbox', () => {
  it.each([
    ['Inbox (3) - sam.seller@gmail.com - Gmail', 'sam.seller@gmail.com'],
    ['Re: Contract redlines - Ana@Northwind.example - Northwind Mail', 'ana@northwind.example'],
    // A subject quoting someone else's address: only the segment before the brand counts.
    ['Intro - bob@acme.com - next steps - sam@mycorp.com - Gmail', 'sam@mycorp.com'],
  ])('is read from the title %j', (title, email) => {
    expect(gmailAccount(docTitled(title))).toBe(email);
  });

  it.each(['Gmail', 'Inbox - Gmail', 'Call bob@acme.com - Gmail', 'a - not an address - Gmail'])(
    'is unknown for %j',
    (title) => {
      expect(gmailAccount(docTitled(title))).toBeNull();
    },
  );
});

describe('reporting the mailbox from the page', () => {
  it('tells the background once per address, and again after a failed send', async () => {
    const doc = docTitled('Inbox - sam.seller@gmail.com - Gmail');
    const sendMessage = vi.fn().mockRejectedValueOnce(new Error('no receiver'));
    sendMessage.mockResolvedValue(undefined);
    const report = makeAccountReporter(
      { id: 'ext', sendMessage },
      makeRecognition([gmail]),
      doc,
      () => 'https://mail.google.com/mail/u/0/#inbox',
    );
    report();
    await Promise.resolve();
    await Promise.resolve();
    report();
    report();
    expect(sendMessage).toHaveBeenCalledTimes(2);
    expect(sendMessage).toHaveBeenLastCalledWith({
      type: MESSAGE.ownAccount,
      email: 'sam.seller@gmail.com',
    });
  });

  it('says nothing on sites that do not show the mailbox', () => {
    const sendMessage = vi.fn().mockResolvedValue(undefined);
    const report = makeAccountReporter(
      { id: 'ext', sendMessage },
      makeRecognition([gmail]),
      docTitled('Acme - a@b.com - Salesforce'),
      () => 'https://acme.lightning.force.com/lightning/page/home',
    );
    report();
    expect(sendMessage).not.toHaveBeenCalled();
  });
});

describe('rememberOwnAccount', () => {
  it('keeps a free-mail address as the seller’s, without making gmail.com “own”', async () => {
    const db = testDb();
    expect(await rememberOwnAccount(db, 'Sam.Seller@gmail.com')).toBe(true);
    expect(await getSettings(db)).toMatchObject({
      ownEmails: ['sam.seller@gmail.com'],
      ownDomains: [],
    });
    expect(await rememberOwnAccount(db, 'sam.seller@gmail.com')).toBe(false);
  });

  it('makes a company mailbox’s domain one of the seller’s own domains', async () => {
    const db = testDb();
    await updateSettings(db, { ownDomains: ['other.example'] });
    await rememberOwnAccount(db, 'sam@mail.mycorp.com');
    expect(await getSettings(db)).toMatchObject({
      ownEmails: ['sam@mail.mycorp.com'],
      ownDomains: ['other.example', 'mycorp.com'],
    });
  });
});

describe('the seller’s own mailbox is never a customer’s', () => {
  it('a customer who once had it as a contact is not matched through it', async () => {
    const db = testDb();
    const acme = await addCustomer(db, { name: 'Acme', domains: ['acme.com'] });
    const other = await addCustomer(db, { name: 'Other' });
    await addContact(db, { customerId: other.id, name: 'Sam', emails: ['sam.seller@gmail.com'] });
    const mine = { ownDomains: [], ownEmails: ['sam.seller@gmail.com'] };
    expect(await matchCustomer(thread, db, mine)).toMatchObject({ customerId: acme.id });
  });

  it('linking a thread does not learn it as a contact', async () => {
    const db = testDb();
    const acme = await addCustomer(db, { name: 'Acme', domains: ['acme.com'] });
    const result = await linkPageToCustomer(db, acme.id, thread, {
      ownDomains: [],
      ownEmails: ['sam.seller@gmail.com'],
    });
    expect(result.contacts.flatMap((c) => c.emails)).toEqual(['ada@acme.com']);
  });

  it('the background accepts the report only from a tab, remembers it and matches the tab again', async () => {
    const db = testDb();
    const acme = await addCustomer(db, { name: 'Acme', domains: ['acme.com'] });
    const other = await addCustomer(db, { name: 'Other' });
    await addContact(db, { customerId: other.id, name: 'Sam', emails: ['sam.seller@gmail.com'] });
    const report = { type: MESSAGE.ownAccount, email: 'sam.seller@gmail.com' };
    expect(
      acceptMessage(report, { id: fakeBrowser.runtime.id }, fakeBrowser.runtime.id),
    ).toBeNull();
    expect(
      acceptMessage({ ...report, email: 'not an address' }, fromGmailTab, fakeBrowser.runtime.id),
    ).toBeNull();

    // Before the background knows whose mailbox it is, the seller's address decides.
    const before = await handleMessage(
      env(db),
      { type: MESSAGE.pageSignal, signal: thread },
      fromGmailTab,
    );
    expect(before!.match).toMatchObject({ customerId: other.id });

    await handleMessage(env(db), report, fromGmailTab);
    expect((await getSettings(db)).ownEmails).toEqual(['sam.seller@gmail.com']);
    expect((await readTabState(fakeBrowser.storage.session, TAB))!.match).toMatchObject({
      customerId: acme.id,
    });
  });
});
