/**
 * Nothing a page says about people survives a report unless the seller kept
 * that exact string: text, titles, aria-labels, mailto links, typed values,
 * data-* values and the URL's query. The structure (tags, ids, classes, roles,
 * attribute names) does survive, with placeholders of the same length.
 */
import { describe, expect, it } from 'vitest';
import { buildPageReport, parsePageReport, reportFileText } from '@/lib/report/format';
import { readPageStructure, type StructureElement } from '@/lib/report/page-structure';
import { placeholder } from '@/lib/report/placeholder';
import { candidateStrings, redactStructure } from '@/lib/report/redact';
import type { PageSignal } from '@/lib/recognize/signal';

const PLANTED = ['Jane Doe', 'jane.doe@acme-widgets.com', 'Kofi Mensah', 'kofi@northwind.io'];
const URL_ =
  'https://app.example-crm.com/contacts/4021119/record/0-1/51234501?email=kofi%40northwind.io&ref=Jane';

const PAGE = `<!doctype html><html><head><title>Jane Doe | CRM</title>
<script>var user = "jane.doe@acme-widgets.com";</script><style>.x{content:"Kofi Mensah"}</style></head>
<body><main id="record-4021119" class="rec _a9f2x" role="main" data-record-id="51234501">
  <h1 data-testid="record-title">Jane Doe</h1>
  <span class="label">Company</span><span class="value">Acme Widgets</span>
  <a href="mailto:jane.doe@acme-widgets.com" title="Email Jane Doe" aria-label="Kofi Mensah">jane.doe@acme-widgets.com</a>
  <div data-email="kofi@northwind.io" data-owner-name="Kofi Mensah" aria-hidden="true" hidden></div>
  <input type="email" value="kofi@northwind.io">
  <a href="/contacts/4021119/record/0-2/9120034505?name=Jane%20Doe">Acme</a>
</main></body></html>`;

const elements = (el: StructureElement): StructureElement[] => [
  el,
  ...el.children.flatMap((c) => (typeof c === 'string' ? [] : elements(c))),
];

const SIGNAL: PageSignal = {
  site: 'hubspot',
  view: 'record',
  url: URL_,
  record: { system: 'hubspot', type: 'contact', id: '51234501' },
  people: [{ name: 'Jane Doe', email: 'jane.doe@acme-widgets.com', role: 'subject' }],
  company: 'Acme Widgets',
  title: 'Jane Doe',
};

function report(keep: string[] = [], html = PAGE) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const typed = doc.querySelector('input');
  if (typed) typed.value = 'kofi@northwind.io';
  return reportFileText(
    buildPageReport({
      structure: readPageStructure(doc, URL_),
      signal: SIGNAL,
      keep: new Set(keep),
      now: Date.UTC(2025, 2, 4),
    }),
  );
}

describe('placeholder', () => {
  it('keeps the length and the shape, not the letters', () => {
    for (const s of [...PLANTED, 'Zoë Ångström', '☎ +44 20 7946 0958', 'Name<ADDRESS@X.COM>'])
      expect(placeholder(s)).toHaveLength(s.length);
    expect(placeholder('Jane Doe')).toBe('Xxxx Xxx');
    expect(placeholder('kofi@northwind.io')).toBe('xxxx@xxxxxxxxx.xx');
    expect(placeholder('Call 555-0142')).toBe('Xxxx 000-0000');
  });
});

describe('a report of a page', () => {
  it('leaves out every planted name and address, wherever the page put it', () => {
    const file = report();
    for (const s of [...PLANTED, 'jane.doe', 'northwind', 'Acme', 'Mensah', 'Jane'])
      expect(file, s).not.toContain(s);
    expect(file).not.toContain('kofi%40northwind.io');
  });

  it('keeps the structure: tags, ids, classes, roles, data-* and aria-* names, flags', () => {
    const file = report();
    for (const s of [
      '"main"',
      '"record-4021119"',
      '"rec _a9f2x"',
      '"data-record-id"',
      '"data-email"',
      '"data-owner-name"',
      '"aria-label"',
      '"record-title"',
      '"email"',
      '"mailto:xxxx.xxx@xxxx-xxxxxxx.xxx"',
      'https://app.example-crm.com/contacts/4021119/record/0-2/9120034505?name=',
    ])
      expect(file, s).toContain(s);
    const parsed = parsePageReport(file);
    const hiddenView = elements(parsed.page).find((el) =>
      el.attrs.some(([n]) => n === 'data-email'),
    );
    expect(hiddenView?.attrs).toEqual([
      ['data-email', 'xxxx@xxxxxxxxx.xx'],
      ['data-owner-name', 'Xxxx Xxxxxx'],
      ['aria-hidden', 'true'],
      ['hidden', ''],
    ]);
    expect(parsed.url).toBe(
      'https://app.example-crm.com/contacts/4021119/record/0-1/51234501?email=xxxxx00xxxxxxxxx.xx&ref=Xxxx',
    );
    expect(parsed.signal?.record).toEqual(SIGNAL.record);
    expect(parsed.signal?.people).toEqual([
      { name: 'Xxxx Xxx', email: 'xxxx.xxx@xxxx-xxxxxxx.xxx', role: 'subject' },
    ]);
  });

  it('skips scripts and styles, and says so when it stopped at its cap', () => {
    const doc = new DOMParser().parseFromString(PAGE, 'text/html');
    const full = readPageStructure(doc, URL_);
    expect(JSON.stringify(full)).not.toContain('var user');
    expect(JSON.stringify(full)).not.toContain('content:');
    expect(full.truncated).toBe(false);
    const capped = readPageStructure(doc, URL_, { nodes: 5, depth: 200, chars: 2000 });
    expect(capped.truncated).toBe(true);
    expect(JSON.stringify(capped)).not.toContain('record-title');
  });

  it('keeps only the exact strings the seller ticked', () => {
    const file = report(['Company', 'Jane Doe']);
    expect(file).toContain('"Company"');
    expect(file).toContain('"Jane Doe"');
    // "Email Jane Doe" holds a kept string but is not it; nor is the address.
    expect(file).not.toContain('Email Jane Doe');
    expect(file).not.toContain('jane.doe@acme-widgets.com');
    expect(file).not.toContain('Kofi');
    expect(parsePageReport(file).kept).toEqual(['Company', 'Jane Doe']);
  });

  it('offers the page’s distinct texts and labels, in page order, and nothing from the head', () => {
    const doc = new DOMParser().parseFromString(PAGE, 'text/html');
    const candidates = candidateStrings(readPageStructure(doc, URL_).root);
    expect(candidates.slice(0, 4)).toEqual([
      'Jane Doe',
      'Company',
      'Acme Widgets',
      'Email Jane Doe',
    ]);
    expect(candidates).toContain('Kofi Mensah');
    expect(new Set(candidates).size).toBe(candidates.length);
    expect(candidates).not.toContain('Jane Doe | CRM');
  });

  it('hides an address even in an id or a class', () => {
    const doc = new DOMParser().parseFromString(
      '<div id="contact-jane@acme.com" class="card owner-kofi@northwind.io">x</div>',
      'text/html',
    );
    const out = JSON.stringify(redactStructure(readPageStructure(doc, URL_).root, new Set(), URL_));
    expect(out).not.toContain('acme');
    expect(out).not.toContain('northwind');
    expect(out).toContain('"card ');
  });
});

describe('the report file', () => {
  it('is versioned and refuses what is not a report, or markup in a name', () => {
    const parsed = parsePageReport(report());
    expect(parsed).toMatchObject({ format: 'callprep-page-report', version: 1 });
    expect(parsed.createdAt).toBe('2025-03-04T00:00:00.000Z');
    expect(() => parsePageReport(JSON.stringify({ ...parsed, version: 2 }))).toThrow();
    const bad = { ...parsed, page: { tag: 'img src=x onerror=alert(1)', attrs: [], children: [] } };
    expect(() => parsePageReport(JSON.stringify(bad))).toThrow();
    const badAttr = { ...parsed, page: { tag: 'div', attrs: [['a"><b', 'x']], children: [] } };
    expect(() => parsePageReport(JSON.stringify(badAttr))).toThrow();
  });
});
