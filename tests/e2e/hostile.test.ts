import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchExtension,
  loadSampleWorkspace,
  serveHtml,
  tabIdOf,
  type Extension,
  openPanelFor,
} from './harness';
import { PANEL_TARGET_KEY, tabStateKey } from '../../lib/session/keys';
import {
  commitmentSchema,
  customerSchema,
  goalSchema,
  newsSchema,
  noteSchema,
  questionSchema,
} from '../../lib/db/models';
import { PAYLOADS } from '../fixtures/hostile/payloads';

/**
 * Issue 8: page content is untrusted. A Gmail thread whose sender name and
 * subject carry markup, script, `javascript:` URLs, an RTL override, zero-width
 * characters and a 100 KB string goes all the way through: recognized, a
 * customer created from it in the side panel, shown again as the recognized
 * customer. Every string must show as literal text, bounded, and nothing may run.
 *
 * The page itself holds the payloads as text (entities), so it runs nothing of
 * its own: any `__pwned` flag, changed title or dialog can only come from
 * Callprep turning the text back into markup.
 */
const URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmqHbQXmqTvqHostile000001';

const RLO = '\u202E';
const ZWSP = '\u200B';
const ZWJ = '\u200D';
const IMG = `<img src=x onerror="window.__pwned='img';document.title='pwned'">`;
const SCRIPT = `<script>window.__pwned='script'</script>`;
const JS_URL = `javascript:window.__pwned='js-url'`;
const HUGE = 'Ω'.repeat(100 * 1024);
/** Bidi embeddings / overrides / isolates, zero-width characters, BOM. */
const CONTROLS = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

/** Escapes text for an HTML attribute or text node of the hostile page. */
const esc = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/** What the sender calls themself: markup first, so the create form suggests it whole. */
const SENDER = `${IMG} ${RLO}Mallory${ZWSP}${ZWJ} ${SCRIPT} ${JS_URL}`;
const SUBJECT = `${SCRIPT} Renewal ${IMG} <a href="${JS_URL}">terms</a> ${RLO}fdp.exe ${HUGE}`;

const HOSTILE_PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Inbox - Mail</title></head>
<body><div class="nH"><div class="nH" role="main"><div class="nH if"><div class="ha">
<h2 class="hP" data-thread-perm-id="thread-f:666">${esc(SUBJECT)}</h2></div>
<div role="list" aria-label="Conversation"><div role="listitem"><table><tbody><tr class="acZ xD"><td class="gF gK"><h3 class="iw"><span class="qu">
<span translate="no" class="gD" email="mallory.evil@gmail.com" name="${esc(SENDER)}" data-hovercard-id="mallory.evil@gmail.com">${esc(SENDER)}</span></span></h3></td></tr>
<tr class="acZ"><td><div class="iw ajw"><span class="hb">to <span class="g2" email="sam.seller@gmail.com" name="me">me</span>, cc: <span class="g2" email="huge.name@gmail.com" name="${esc(HUGE)}">${esc(HUGE.slice(0, 40))}</span>, <span class="g2" email="${esc(JS_URL)}" name="${esc(JS_URL)}">link</span></span></div></td></tr>
</tbody></table>
<div class="ii gt"><div class="a3s">Body: <a href="${esc(JS_URL)}">${esc(IMG)}</a></div></div>
</div></div></div></div></div></body></html>`;

let ext: Extension;
const dialogs: string[] = [];
const consoleErrors: string[] = [];

function watch(page: Page, name: string) {
  page.on('dialog', (d) => {
    dialogs.push(`${name}: ${d.type()} ${d.message()}`);
    void d.dismiss();
  });
  page.on('console', (m) => {
    if (/pwned|alert/i.test(m.text())) consoleErrors.push(`${name}: ${m.text()}`);
  });
}

/**
 * Nothing ran in this page: no flag, title untouched, no element built from page
 * text (the hostile page's own mail body holds one `javascript:` link, outside `.a3s` none).
 */
async function expectNothingRan(page: Page, title: RegExp) {
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
  expect(await page.title()).toMatch(title);
  expect(await page.title()).not.toBe('pwned');
  const built = await page.evaluate(
    () =>
      document.querySelectorAll(
        'img[src="x"], [onerror], script:not([src]), :not(.a3s) > a[href^="javascript:" i], iframe, object, embed',
      ).length,
  );
  expect(built).toBe(0);
}

beforeAll(async () => {
  ext = await launchExtension();
  await loadSampleWorkspace(ext);
});
afterAll(async () => {
  await ext?.close();
});

describe('a hostile page', () => {
  it('is shown as literal, bounded text from recognition to the created customer, and runs nothing', async () => {
    await serveHtml(ext.context, URL, HOSTILE_PAGE);
    const mail = await ext.context.newPage();
    watch(mail, 'page');
    await mail.goto(URL);
    const tabId = await tabIdOf(ext, mail);

    // What the background keeps for the tab is already bounded.
    const state = await ext.worker.evaluate(
      async (k) => (await (globalThis as any).chrome.storage.session.get(k))[k],
      tabStateKey(tabId),
    );
    expect(state.match).toBeNull();
    expect(state.signal.title.length).toBeLessThanOrEqual(500);
    expect(state.signal.title).toContain('<script>');
    expect(JSON.stringify(state.signal)).not.toMatch(CONTROLS);
    for (const p of state.signal.people) expect((p.name ?? '').length).toBeLessThanOrEqual(200);
    // `javascript:…` is no email address: that person is not kept with it.
    expect(JSON.stringify(state.signal.people)).not.toMatch(/"email":"javascript:/i);

    const panel = await openPanelFor(ext, tabId);
    watch(panel, 'panel');
    await panel.getByRole('heading', { level: 1, name: 'No customer recognized' }).waitFor();

    // Create the customer from the page: the suggested name is the sender's, as text.
    await panel.getByRole('button', { name: 'Create customer from this page' }).click();
    const name = panel.getByLabel('Customer name');
    await expect.poll(() => name.inputValue()).toContain('<img src=x onerror=');
    const suggested = await name.inputValue();
    expect(suggested.length).toBeLessThanOrEqual(200);
    await panel.getByRole('button', { name: 'Create customer', exact: true }).click();

    // The created customer is shown, and then recognized by the sender's address.
    const heading = panel.getByRole('heading', { level: 1 }).filter({ hasText: 'Mallory' });
    await heading.waitFor();
    await panel.getByText(/Recognized by contact email mallory\.evil@gmail\.com/).waitFor();
    const shown = (await heading.textContent()) ?? '';
    expect(shown).toContain('<img src=x onerror=');
    expect(shown).toContain('<script>');
    expect(shown).toContain('javascript:');
    expect(shown.length).toBeLessThanOrEqual(200);
    // The markup is visible to the seller as characters, not an image or an element.
    await panel.getByText('<img src=x onerror=', { exact: false }).first().waitFor();
    expect(await panel.locator('header h1 *').count()).toBe(0);
    // Bidi overrides and zero-width characters are dropped at the background's door
    // (they could reverse or hide what follows), and the name is isolated anyway.
    expect(shown).not.toMatch(CONTROLS);
    expect(shown).toContain(' Mallory ');
    expect(await heading.evaluate((h) => getComputedStyle(h).unicodeBidi)).toBe('isolate');

    // Every contact learned from the page is bounded too (the 100 KB name included).
    const contacts = await panel.evaluate(
      () =>
        new Promise<{ name: string; emails: string[] }[]>((done, fail) => {
          const open = indexedDB.open('callprep');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const req = open.result.transaction('contacts').objectStore('contacts').getAll();
            req.onsuccess = () => {
              done(req.result);
              open.result.close();
            };
            req.onerror = () => fail(req.error);
          };
        }),
    );
    const learned = contacts.filter((c) => c.emails.some((e) => e.endsWith('@gmail.com')));
    expect(learned.flatMap((c) => c.emails)).toEqual(
      expect.arrayContaining(['huge.name@gmail.com', 'mallory.evil@gmail.com']),
    );
    for (const c of learned) expect(c.name.length).toBeLessThanOrEqual(200);

    // The workspace lists the customer as text too.
    const workspace = await ext.openPage('options.html#customers');
    watch(workspace, 'workspace');
    await workspace.getByText('<img src=x onerror=', { exact: false }).first().waitFor();

    // The toolbar tooltip carries the name as plain text (the browser never renders it).
    const title = await ext.worker.evaluate(
      (id) => (globalThis as any).chrome.action.getTitle({ tabId: id }),
      tabId,
    );
    expect(title).toContain('<img src=x onerror=');

    await expectNothingRan(mail, /^Inbox - Mail$/);
    await expectNothingRan(panel, /.*/);
    await expectNothingRan(workspace, /.*/);
    expect(await ext.worker.evaluate(() => (globalThis as any).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});

// ------------------------------------------------------------------ issue 18

/** A Gmail thread: subject, sender, and everyone else as cc chips (all escaped: the page runs nothing). */
function gmailThread(
  subject: string,
  sender: { name: string; email: string },
  cc: { name: string; email: string }[] = [],
): string {
  const chip = (p: { name: string; email: string }, cls: string) =>
    `<span translate="no" class="${cls}" email="${esc(p.email)}" name="${esc(p.name)}" data-hovercard-id="${esc(p.email)}">${esc(p.name)}</span>`;
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Inbox - Mail</title></head>
<body><div class="nH"><div class="nH" role="main"><div class="nH if"><div class="ha">
<h2 class="hP" data-thread-perm-id="thread-f:1818">${esc(subject)}</h2></div>
<div role="list" aria-label="Conversation"><div role="listitem"><table><tbody><tr class="acZ xD"><td class="gF gK"><h3 class="iw"><span class="qu">
${chip(sender, 'gD')}</span></h3></td></tr>
<tr class="acZ"><td><div class="iw ajw"><span class="hb">to <span class="g2" email="sam.seller@gmail.com" name="me">me</span>, cc: ${cc.map((p) => chip(p, 'g2')).join(', ')}</span></div></td></tr>
</tbody></table><div class="ii gt"><div class="a3s">Body</div></div></div></div></div></div></div></body></html>`;
}

/** How text reads once shown: whitespace collapsed (the background also turns control characters into spaces). */
const shown = (s: string) =>
  s
    // eslint-disable-next-line no-control-regex -- as the background's text() does
    .replace(/[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Records, in every page of the context, what the page is posted and any CSP violation. */
async function recordPageEvents(): Promise<void> {
  await ext.context.addInitScript(() => {
    const w = window as any;
    w.__posted = [];
    w.__csp = [];
    window.addEventListener('message', (e) => {
      let data: string;
      try {
        data = JSON.stringify(e.data) ?? String(e.data);
      } catch {
        data = String(e.data);
      }
      w.__posted.push(data);
    });
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
}

async function readState(tabId: number) {
  return ext.worker.evaluate(
    async (k) => (await (globalThis as any).chrome.storage.session.get(k))[k] ?? null,
    tabStateKey(tabId),
  );
}

/** Nothing ran, was posted with our id, or broke the CSP in `page`. */
async function expectQuiet(page: Page, name: string) {
  const seen = await page.evaluate(() => {
    const w = window as any;
    return { pwned: w.__pwned, csp: w.__csp ?? [], posted: w.__posted ?? [] };
  });
  expect(seen.pwned, `${name}: payload ${seen.pwned} ran`).toBeUndefined();
  expect(seen.csp, `${name}: CSP violations`).toEqual([]);
  return seen;
}

describe('a page cannot learn the extension id, nor switch recognition off (issue 18)', () => {
  it('posts the page nothing with the id, and a forged “script started” event stops nothing', async () => {
    await recordPageEvents();
    const first = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmqHbQXmqTvqStopper01';
    const next = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmqHbQXmqTvqStopper02';
    await serveHtml(
      ext.context,
      first,
      gmailThread('Renewal terms', { name: 'Ada Byron', email: 'ada@acme-industrial.example' }),
    );
    const mail = await ext.context.newPage();
    await mail.goto(first);
    const tabId = await tabIdOf(ext, mail);
    const { posted } = await expectQuiet(mail, 'mail');
    expect(posted.filter((m: string) => m.includes(ext.id))).toEqual([]);
    expect(posted.filter((m: string) => m.includes('content-script-started'))).toEqual([]);

    // The id is public for a published extension: the page forges WXT's event with it.
    await mail.evaluate((id) => {
      for (const script of [
        'mail',
        'outlook',
        'calendar',
        'crm',
        'enterprise-crm',
        'profile',
        'content',
      ])
        document.dispatchEvent(
          new CustomEvent(`${id}:${script}:wxt:content-script-started`, {
            detail: { contentScriptName: script, messageId: 'forged-by-the-page' },
          }),
        );
    }, ext.id);
    // Recognition goes on: the next thread (pushState, new subject) is reported.
    await mail.evaluate((url) => {
      history.pushState({}, '', url);
      document.querySelector('h2.hP')!.textContent = 'Renewal terms, signed';
    }, next);
    await expect
      .poll(async () => (await readState(tabId))?.signal?.title, { timeout: 5_000 })
      .toBe('Renewal terms, signed');
    expect((await readState(tabId)).signal.url).toBe(next);
    await mail.close();
  });
});

/** The corpus, read by path at test time only (never copied into the project). */
async function corpusPayloads(): Promise<string[] | null> {
  const path = process.env.CALLPREP_XSS_CORPUS;
  if (!path) return null;
  return (await readFile(path, 'utf8')).split('\n').filter((line) => line.trim() !== '');
}

/**
 * Every payload through recognition (subject, sender and cc names of a Gmail
 * thread) and through every stored field the pages show (customer names, goals,
 * promises, news, questions, notes): shown as literal text, nothing runs, no CSP
 * violation. The project's own list always; the shared corpus too when
 * CALLPREP_XSS_CORPUS names it.
 */
async function throughEverySurface(texts: string[], label: string) {
  const pages: [string, Page][] = [];
  dialogs.length = 0;
  // Recognition: 50 people a page, each payload a name, the subject the first of them.
  for (let start = 0; start < texts.length; start += 50) {
    const batch = texts.slice(start, start + 50);
    const url = `https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmqHbQXmqTvqPayload${String(start).padStart(4, '0')}`;
    const people = batch.map((name, i) => ({ name, email: `p${start + i}@hostile.example` }));
    await serveHtml(ext.context, url, gmailThread(batch[0]!, people[0]!, people.slice(1)));
    const mail = await ext.context.newPage();
    watch(mail, `${label} mail ${start}`);
    await mail.goto(url);
    const tabId = await tabIdOf(ext, mail);
    const state = await readState(tabId);
    const names = new Set(
      (state.signal.people as { name?: string }[]).map((p) => shown(p.name ?? '')),
    );
    for (const text of batch) {
      const whole = shown(text);
      // Names are kept up to 200 characters: a longer one is kept as its beginning.
      const kept =
        whole.length <= 200
          ? names.has(whole)
          : [...names].some((n) => n.length >= 100 && whole.startsWith(n));
      // A "name" with an @ in it is taken for an address, never kept as a name.
      if (whole && !whole.slice(0, 200).includes('@'))
        expect(kept, `${label}: ${JSON.stringify(text)}`).toBe(true);
    }
    const panel = await openPanelFor(ext, tabId);
    watch(panel, `${label} panel ${start}`);
    pages.push([`mail ${start}`, mail], [`panel ${start}`, panel]);
  }

  // Stored fields: one customer per payload, and every payload in each of one customer's lists.
  const now = Date.now();
  const row = { createdAt: now, updatedAt: now };
  const owner = `hostile-${label}`;
  /** What the app itself would store: rows its models refuse (too long) are left out. */
  const valid = <T>(
    schema: { safeParse(v: unknown): { success: boolean; data?: T } },
    all: object[],
  ) =>
    all.flatMap((v) => {
      const parsed = schema.safeParse(v);
      return parsed.success ? [parsed.data as T] : [];
    });
  const each = (prefix: string, build: (text: string, i: number) => object) =>
    texts.map((text, i) => ({
      id: `${owner}-${prefix}${i}`,
      customerId: owner,
      ...build(text, i),
      ...row,
    }));
  const rows = {
    customers: valid<{ name: string }>(customerSchema, [
      { id: owner, name: `Hostile ${label}`, nameKey: `hostile ${label}`, nameTokens: [], ...row },
      ...texts.map((name, i) => ({
        id: `${owner}-${i}`,
        name,
        nameKey: `h${i}`,
        nameTokens: [],
        ...row,
      })),
    ]),
    goals: valid<{ statement: string }>(
      goalSchema,
      each('g', (statement, i) => ({ statement, why: statement, priority: i })),
    ),
    commitments: valid(
      commitmentSchema,
      each('c', (text, i) => ({ text, owner: 'us', dueAt: now + (i + 1) * 86_400_000 })),
    ),
    news: valid(
      newsSchema,
      each('n', (text) => ({ text })),
    ),
    questions: valid(
      questionSchema,
      each('q', (text) => ({ text })),
    ),
    notes: valid(
      noteSchema,
      each('o', (body) => ({ body })),
    ),
  };
  const writer = await ext.openPage('popup.html');
  await writer.evaluate(
    (all) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('callprep');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(Object.keys(all), 'readwrite');
          for (const [table, list] of Object.entries(all))
            for (const r of list as object[]) tx.objectStore(table).put(r);
          tx.oncomplete = () => (db.close(), done());
          tx.onerror = () => fail(tx.error);
        };
      }),
    rows,
  );
  await writer.close();
  await ext.worker.evaluate(
    ([key, customerId]) =>
      (globalThis as any).chrome.storage.session.set({ [key]: { customerId, at: Date.now() } }),
    [PANEL_TARGET_KEY, owner] as const,
  );
  const panel = await ext.openPage('sidepanel.html', PANEL_SIZE_FOR_PAYLOADS);
  watch(panel, `${label} customer panel`);
  await panel
    .getByRole('heading', { level: 1, name: `Hostile ${label}` })
    .waitFor({ timeout: 60_000 });
  const goalTexts = rows.goals.map((g) => shown(g.statement)).filter(Boolean);
  // The goals arrive from a live query after the name: wait for the last of them.
  const text = async () => shown(await panel.evaluate(() => document.body.innerText));
  if (goalTexts.length <= 100 && goalTexts.length > 0)
    await expect
      .poll(async () => (await text()).includes(goalTexts.at(-1)!), { timeout: 30_000 })
      .toBe(true);
  const panelText = await text();
  const missing = goalTexts.filter((t) => !panelText.includes(t));
  // The panel lists every goal of a customer with a few dozen; with hundreds, what it shows.
  if (goalTexts.length <= 100)
    expect(missing, `${label}: goals not shown as literal text`).toEqual([]);
  else expect(goalTexts.length - missing.length).toBeGreaterThan(0);
  const workspace = await ext.openPage('options.html#customers');
  watch(workspace, `${label} workspace`);
  // The customer list shows the payloads as names (as many as fit its first page).
  const listed = async () => {
    const text = shown(await workspace.evaluate(() => document.body.innerText));
    return rows.customers.slice(1).filter((c) => text.includes(shown(c.name))).length;
  };
  await expect.poll(listed, { timeout: 15_000 }).toBeGreaterThan(10);
  pages.push(['customer panel', panel], ['workspace', workspace]);

  await new Promise((r) => setTimeout(r, 500)); // anything deferred (autofocus, animations) runs now
  for (const [name, page] of pages) {
    await expectQuiet(page, `${label} ${name}`);
    await expectNothingRan(page, /.*/);
  }
  expect(await ext.worker.evaluate(() => (globalThis as any).__pwned)).toBeUndefined();
  expect(dialogs, `${label}: dialogs`).toEqual([]);
  expect(consoleErrors).toEqual([]);
  for (const [, page] of pages) await page.close();
  return {
    payloads: texts.length,
    stored: Object.fromEntries(Object.entries(rows).map(([t, list]) => [t, list.length])),
  };
}

const PANEL_SIZE_FOR_PAYLOADS = { width: 360, height: 800 };

describe('the project’s own hostile payloads (issue 18)', () => {
  it('cover every family of the shared corpus', () => {
    const families = new Set(PAYLOADS.map((p) => p.family));
    expect([...families].sort()).toEqual(
      [
        'SVG',
        'data: URL',
        'encoded',
        'event handler',
        'javascript: URL',
        'polyglot',
        'script tag',
      ].sort(),
    );
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(60);
  });

  it('show as literal text through recognition and every stored field, and run nothing', async () => {
    const result = await throughEverySurface(
      PAYLOADS.map((p) => p.text),
      'own',
    );
    expect(result.payloads).toBe(PAYLOADS.length);
    // Every one of our own payloads fits every field: none is left out as too long.
    for (const count of Object.values(result.stored))
      expect(count).toBeGreaterThanOrEqual(PAYLOADS.length);
  });

  it('the shared corpus too, when CALLPREP_XSS_CORPUS names it (a local check)', async (ctx) => {
    const corpus = await corpusPayloads();
    if (!corpus) return ctx.skip();
    const result = await throughEverySurface(corpus, 'corpus');
    console.log(
      `XSS corpus: ${result.payloads} payloads, stored ${JSON.stringify(result.stored)}, 0 ran`,
    );
  }, 600_000);
});
