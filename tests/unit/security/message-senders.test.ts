import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { acceptMessage } from '@/lib/background/dispatch';
import { ACCOUNT_SITES, siteOfHost } from '@/lib/background/sender-check';
import { MESSAGE } from '@/lib/messaging';
import { MESSAGE_SENDERS } from '@/lib/messaging/senders';
import type { PageSignal } from '@/lib/recognize/signal';
import type { SiteModule } from '@/lib/sites/define-site';

/**
 * Issue 18: a content script runs in the page's process, so what it sends is what
 * the page says. It may speak about its own page only: never read other tabs or
 * the database, never claim another site's page, never make a CRM page's domain
 * the seller's own.
 */
const ID = fakeBrowser.runtime.id;
const GMAIL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmqH';
const SALESFORCE = 'https://acme.lightning.force.com/lightning/r/Account/0015g00000NwLgsAAF/view';

const contentScript = (url: string, tabId = 3, frameId = 0) => ({
  id: ID,
  tab: { id: tabId },
  frameId,
  url,
});
const extensionPage = (path = 'sidepanel.html') => ({
  id: ID,
  url: `chrome-extension://${ID}/${path}`,
});
const signal = (partial: Partial<PageSignal>): PageSignal => ({
  site: 'gmail',
  view: 'thread',
  url: GMAIL,
  people: [{ email: 'ada@acme.com', role: 'from' }],
  ...partial,
});
const pageSignal = (s: PageSignal | null) => ({ type: MESSAGE.pageSignal, signal: s });
const accepted = (raw: unknown, sender: object) => acceptMessage(raw, sender, ID) !== null;

describe('who may send each message', () => {
  it('every message type has its sender kind in the one table', () => {
    const missing = Object.values(MESSAGE).filter((type) => !Object.hasOwn(MESSAGE_SENDERS, type));
    expect(missing, `add these to MESSAGE_SENDERS in lib/messaging/senders.ts: ${missing}`).toEqual(
      [],
    );
    expect(Object.keys(MESSAGE_SENDERS).sort()).toEqual(Object.values(MESSAGE).sort());
    // What reads across tabs or the database is for extension pages only.
    expect(MESSAGE_SENDERS[MESSAGE.rematch]).toBe('extension-page');
    expect(MESSAGE_SENDERS[MESSAGE.dataChanged]).toBe('extension-page');
  });

  it('a content script cannot rematch (read) another tab, nor ask for a refresh', () => {
    const fromGmail = contentScript(GMAIL);
    expect(accepted({ type: MESSAGE.rematch, tabId: 9 }, fromGmail)).toBe(false);
    expect(accepted({ type: MESSAGE.rematch, tabId: 3 }, fromGmail)).toBe(false);
    expect(accepted({ type: MESSAGE.dataChanged }, fromGmail)).toBe(false);
    // Not even when the page's frame lies about being the extension: the browser sets url.
    expect(accepted({ type: MESSAGE.rematch, tabId: 9 }, { id: ID, tab: { id: 3 } })).toBe(false);
  });

  it('extension pages may rematch, in the panel or in a tab (the panel’s fallback)', () => {
    expect(accepted({ type: MESSAGE.rematch, tabId: 9 }, extensionPage())).toBe(true);
    expect(
      accepted({ type: MESSAGE.rematch, tabId: 9 }, { ...extensionPage(), tab: { id: 12 } }),
    ).toBe(true);
    expect(accepted({ type: MESSAGE.dataChanged }, extensionPage('popup.html'))).toBe(true);
    // Another extension's page, or Firefox's origin told apart from the id.
    expect(
      accepted(
        { type: MESSAGE.rematch, tabId: 9 },
        { id: ID, url: 'chrome-extension://other/p.html' },
      ),
    ).toBe(false);
    const firefox = { id: 'callprep@callprep.app', origin: 'moz-extension://5d0c-uuid' };
    const panel = { id: firefox.id, url: 'moz-extension://5d0c-uuid/sidepanel.html' };
    expect(acceptMessage({ type: MESSAGE.rematch, tabId: 1 }, panel, firefox)).not.toBeNull();
  });

  it('extension pages cannot send a tab’s own messages', () => {
    expect(accepted(pageSignal(null), extensionPage())).toBe(false);
    expect(accepted({ type: MESSAGE.ownAccount, email: 'sam@globex.com' }, extensionPage())).toBe(
      false,
    );
  });
});

describe('own-account', () => {
  const own = (email: string) => ({ type: MESSAGE.ownAccount, email });

  it('is accepted from the mail site that shows the signed-in mailbox', () => {
    expect(accepted(own('sam@callprep.app'), contentScript(GMAIL))).toBe(true);
  });

  it('is refused from a CRM page, a frame inside the mail page, or a plain web page', () => {
    expect(accepted(own('sam@globexhealth.com'), contentScript(SALESFORCE))).toBe(false);
    expect(accepted(own('sam@globexhealth.com'), contentScript(GMAIL, 3, 2))).toBe(false);
    expect(accepted(own('sam@globexhealth.com'), contentScript('https://crm.example.com/'))).toBe(
      false,
    );
    expect(accepted(own('sam@globexhealth.com'), contentScript('http://mail.google.com/'))).toBe(
      false,
    );
  });

  it('only sites whose reader reports an account may report one', () => {
    const modules = import.meta.glob<SiteModule>('@/lib/sites/*/*.ts', { eager: true });
    const reporting = Object.values(modules)
      .filter((m) => m.recognizer?.account)
      .map((m) => m.site.id)
      .sort();
    expect([...ACCOUNT_SITES].sort()).toEqual(reporting);
  });
});

describe('a page signal is held against its sender’s page', () => {
  it('takes the signal of the sender’s own site and origin', () => {
    expect(accepted(pageSignal(signal({})), contentScript(GMAIL))).toBe(true);
    expect(accepted(pageSignal(null), contentScript(GMAIL))).toBe(true);
    const sf = signal({
      site: 'salesforce',
      view: 'record',
      url: SALESFORCE,
      record: { system: 'salesforce', type: 'Account', id: '0015g00000NwLgsAAF' },
    });
    expect(accepted(pageSignal(sf), contentScript(SALESFORCE))).toBe(true);
  });

  it('a Gmail tab cannot claim a Salesforce record, at any URL', () => {
    const claim = {
      site: 'salesforce' as const,
      view: 'record' as const,
      record: { system: 'salesforce', type: 'Account', id: '0015g00000NwLgsAAF' },
    };
    expect(accepted(pageSignal(signal({ ...claim, url: SALESFORCE })), contentScript(GMAIL))).toBe(
      false,
    );
    expect(accepted(pageSignal(signal({ ...claim, url: GMAIL })), contentScript(GMAIL))).toBe(
      false,
    );
    expect(
      accepted(
        pageSignal(signal({ ...claim, url: "javascript:alert('x')//lightning.force.com" })),
        contentScript(GMAIL),
      ),
    ).toBe(false);
  });

  it('refuses URLs of another origin or scheme, and pages that are not the web', () => {
    for (const url of [
      "javascript:fetch('//evil.example')",
      'data:text/html,<script>alert(1)</script>',
      'https://mail.google.com.evil.example/mail/u/0/',
      'http://mail.google.com/mail/u/0/',
      'not a url',
    ]) {
      expect(accepted(pageSignal(signal({ url })), contentScript(GMAIL)), url).toBe(false);
    }
    expect(accepted(pageSignal(signal({})), contentScript('file:///tmp/gmail.html'))).toBe(false);
    expect(accepted(pageSignal(null), { id: ID, tab: { id: 3 }, frameId: 0 })).toBe(false);
  });

  it('a custom host (the generic reader) speaks for itself only, http too', () => {
    const generic = (url: string) => signal({ site: 'generic', view: 'other', url });
    const crm = 'https://crm.example.com/contacts/42';
    expect(accepted(pageSignal(generic(crm)), contentScript(crm))).toBe(true);
    expect(
      accepted(
        pageSignal(generic('http://intranet.example/p')),
        contentScript('http://intranet.example/'),
      ),
    ).toBe(true);
    // Not as Gmail, and Gmail's host is no generic page.
    expect(accepted(pageSignal(signal({ url: crm })), contentScript(crm))).toBe(false);
    expect(accepted(pageSignal(generic(GMAIL)), contentScript(GMAIL))).toBe(false);
  });

  it('knows every built-in site by its hosts, and any other host as generic', () => {
    expect(siteOfHost('mail.google.com')).toBe('gmail');
    expect(siteOfHost('outlook.live.com')).toBe('outlook');
    expect(siteOfHost('acme.lightning.force.com')).toBe('salesforce');
    expect(siteOfHost('crm.example.com')).toBe('generic');
  });
});
