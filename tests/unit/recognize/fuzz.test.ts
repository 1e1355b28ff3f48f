/**
 * Hostile and random pages never make recognizePage throw, and what it returns
 * always stays within the bounds the background's schema accepts.
 */
import { describe, expect, it } from 'vitest';
import { recognizePage } from '@/lib/recognize';
import { pageSignalSchema } from '@/lib/messaging/schema';

// Small deterministic PRNG so a failure can be replayed.
function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

const URLS = [
  'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmqHbQXmqTvqJCmWbzGs',
  'https://mail.google.com/mail/u/0/#inbox?compose=new',
  'https://outlook.office.com/mail/inbox/id/AAQk',
  'https://outlook.office.com/mail/deeplink/compose',
  'https://outlook.office.com/calendar/item/AAMk',
  'https://outlook.live.com/calendar/0/view/week',
  'https://acme.lightning.force.com/lightning/r/Account/001D000000IqhSLIAZ/view',
  'https://calendar.google.com/calendar/u/0/r/eventedit/x',
  'https://calendar.google.com/calendar/u/0/r/week/2026/11/19',
  'https://acme.lightning.force.com/lightning/r/Contact/003D000000QeVfG/view',
  'https://app.hubspot.com/contacts/1/record/0-1/2',
  'https://acme.pipedrive.com/person/1',
  'https://x.crm.dynamics.com/main.aspx?etn=contact&id=5a3c9f11-28e4-ee11-904c-000d3ab8c21f',
  'https://crm.zoho.com/crm/tab/Leads/123456789',
  'https://www.linkedin.com/in/x/',
  'https://example.com/anything',
];
const WEIRD_URLS = [
  '',
  'not a url',
  'javascript:alert(1)',
  'data:text/html,<h1>x</h1>',
  'chrome://extensions',
  'https://mail.google.com/mail/#' + '%'.repeat(5000),
  'https://acme.lightning.force.com/lightning/r/%E0%A4%A/%ZZ/view',
  'https://app.hubspot.com/contacts/' + '9'.repeat(10000) + '/record/0-1/1',
  'https://x.crm.dynamics.com/main.aspx?etn=' + 'a'.repeat(100) + '&id=%7B%7D',
  'https://www.linkedin.com/in/%F0%9F%98%80%20%3Cscript%3E/',
  'https://' + 'a'.repeat(250) + '.pipedrive.com/deal/1?' + 'x=y&'.repeat(3000),
];
const SELECTORS_ATTRS = [
  'email',
  'data-email',
  'data-hovercard-id',
  'aria-label',
  'title',
  'href',
  'name',
  'role',
  'hidden',
  'style',
  'slot',
  'data-id',
  'data-selenium-test',
  'field-label',
  'datetime',
  'value',
  'id',
  'class',
];
const TAGS = [
  'div',
  'span',
  'a',
  'h1',
  'h2',
  'input',
  'table',
  'tr',
  'td',
  'records-record-layout-item',
  'lightning-formatted-text',
  'main',
  'script',
  'textarea',
  'time',
];
const VALUES = [
  'ana@x.example',
  'MAILTO:BOB@Y.EXAMPLE',
  'To: a@b.example; Cc: c@d.example',
  'From: "<script>alert(1)</script>" <evil@x.example>',
  '[slot="primaryField"]',
  'hP gD g2 hb oneContent active',
  'main',
  'true',
  'display:none',
  '\u0000\u200b\u202e',
  '%',
  '"]) , * { } \\',
  'x'.repeat(100_000),
  'a@'.repeat(30_000),
  'dialog',
  'Time Thursday, November 26, 2026 10:00 AM to 10:30 AM',
  '2026-11-26T10:00:00' + '9'.repeat(50),
  '(UTC+01:00) Amsterdam, Berlin',
  'https://www.acme.example/',
];

function randomDoc(r: () => number): Document {
  const doc = document.implementation.createHTMLDocument('fuzz');
  const nodes: Element[] = [doc.body];
  for (let i = 0; i < 300; i++) {
    const parent = nodes[Math.floor(r() * nodes.length)]!;
    const el = doc.createElement(TAGS[Math.floor(r() * TAGS.length)]!);
    for (let k = 0; k < 3; k++) {
      if (r() < 0.6)
        el.setAttribute(
          SELECTORS_ATTRS[Math.floor(r() * SELECTORS_ATTRS.length)]!,
          VALUES[Math.floor(r() * VALUES.length)]!,
        );
    }
    if (r() < 0.5) el.appendChild(doc.createTextNode(VALUES[Math.floor(r() * VALUES.length)]!));
    parent.appendChild(el);
    nodes.push(el);
  }
  return doc;
}

function check(doc: Document, url: string) {
  let result: ReturnType<typeof recognizePage> | undefined;
  expect(() => {
    result = recognizePage(doc, url);
  }).not.toThrow();
  if (result) expect(pageSignalSchema.safeParse(result).success, url).toBe(true);
}

// Generous timeouts: happy-dom's selector engine is far slower than a browser's on 100 KB attributes.
describe('recognizePage under hostile input', { timeout: 60_000 }, () => {
  it('survives random pages on every site', () => {
    const r = rng(42);
    for (let i = 0; i < 15; i++) {
      const doc = randomDoc(r);
      for (const url of URLS) check(doc, url);
    }
  });

  it('survives weird URLs', () => {
    const doc = randomDoc(rng(7));
    for (const url of WEIRD_URLS) check(doc, url);
  });

  it('survives 5,000 levels of nesting', () => {
    const doc = document.implementation.createHTMLDocument('deep');
    let parent: Element = doc.body;
    for (let i = 0; i < 5000; i++) {
      const el = doc.createElement(i % 2 ? 'span' : 'div');
      if (i % 97 === 0) el.setAttribute('role', 'main');
      if (i % 101 === 0) el.setAttribute('aria-label', 'To: deep@nest.example');
      parent.appendChild(el);
      parent = el;
    }
    const leaf = doc.createElement('span');
    leaf.setAttribute('email', 'leaf@nest.example');
    leaf.className = 'gD';
    parent.appendChild(leaf);
    const h2 = doc.createElement('h2');
    h2.className = 'hP';
    h2.textContent = 'deep';
    parent.appendChild(h2);
    for (const url of URLS) check(doc, url);
  });

  it('survives 100 KB strings in attributes and text, and script-like content', () => {
    const doc = document.implementation.createHTMLDocument('big');
    const big = '<img src=x onerror=alert(1)>'.repeat(4000);
    for (const attr of SELECTORS_ATTRS) {
      const el = doc.createElement('span');
      el.setAttribute(attr, big);
      el.textContent = big;
      doc.body.appendChild(el);
    }
    const a = doc.createElement('a');
    a.setAttribute('href', 'mailto:' + 'x'.repeat(100_000) + '@y.example');
    doc.body.appendChild(a);
    for (const url of URLS) check(doc, url);
  });

  it('returns null for a missing or empty document', () => {
    expect(recognizePage(null as unknown as Document, URLS[0]!)).toBeNull();
    const empty = document.implementation.createHTMLDocument('');
    expect(recognizePage(empty, 'https://example.com/')).toBeNull();
  });
});
