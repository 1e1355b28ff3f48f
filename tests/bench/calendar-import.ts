/**
 * Calendar file import: a generated 5,000-event Outlook export, read → preview
 * → one transaction, in an extension page; then the same file again.
 */
import type { Extension } from '../e2e/harness';
import { bundleIife } from './bundle';
import { openExtensionPage } from './extension-page';
import { median, result, type Result } from './report';

const G = 'CallprepBenchCalendar';
/** Three years of history, as a real export of a calendar in use holds. */
const HISTORY_DAYS = 3 * 365;
/** Every event inside the window: the worst case, for information. */
const WINDOW_ONLY_DAYS = 30;

type Phase = {
  parseMs: number;
  planMs: number;
  applyMs: number;
  totalMs: number;
  occurrences: number;
  progressCalls: number;
};
type Run = {
  bytes: number;
  events: number;
  first: Phase;
  again: Phase;
  meetings: number;
  items: number;
};

async function runOnce(
  launch: () => Promise<Extension>,
  extensionDir: string,
  code: string,
  opts: { events: number; customers: number; settleMs: number },
  historyDays: number,
): Promise<Run> {
  const ext = await launch();
  try {
    await new Promise((resolve) => setTimeout(resolve, opts.settleMs));
    const page = await openExtensionPage(ext, extensionDir, code);
    return await page.evaluate(
      ([g, events, customers, days]) =>
        (globalThis as any)[g].calendarImport(
          'callprep-bench-calendar',
          events,
          customers,
          days,
        ) as Promise<Run>,
      [G, opts.events, opts.customers, historyDays] as const,
    );
  } finally {
    await ext.close();
  }
}

const ms = (v: number) => `${v.toFixed(0)} ms`;

async function feedRefresh(
  launch: () => Promise<Extension>,
  extensionDir: string,
  code: string,
  opts: { events: number; customers: number; settleMs: number },
): Promise<{ times: number[]; bytes: number }> {
  const ext = await launch();
  try {
    await new Promise((resolve) => setTimeout(resolve, opts.settleMs));
    const page = await openExtensionPage(ext, extensionDir, code);
    return await page.evaluate(
      ([g, events, customers, days]) =>
        (globalThis as any)[g].feedRefreshUnchanged(
          'callprep-bench-feed',
          events,
          customers,
          days,
          7,
        ) as Promise<{ times: number[]; bytes: number }>,
      [G, opts.events, opts.customers, HISTORY_DAYS] as const,
    );
  } finally {
    await ext.close();
  }
}

function describe(run: Run): string {
  const { first } = run;
  return (
    `parse ${ms(first.parseMs)} (ical.js, series expanded) + preview ${ms(first.planMs)} + ` +
    `one transaction ${ms(first.applyMs)} (${first.progressCalls} progress updates); ` +
    `${(run.bytes / 1024 / 1024).toFixed(1)} MB, ${first.occurrences.toLocaleString('en-US')} ` +
    `occurrences in the window → ${run.meetings.toLocaleString('en-US')} meetings, ` +
    `${run.items.toLocaleString('en-US')} checklist items`
  );
}

/** Each run in a fresh profile (its own empty database), after the installed extension settles. */
export async function measureCalendarImport(
  launch: () => Promise<Extension>,
  extensionDir: string,
  opts: { events: number; customers: number; runs: number; settleMs: number; log(s: string): void },
): Promise<Result[]> {
  const code = await bundleIife('tests/bench/inpage/calendar.ts', G);
  const runs: Run[] = [];
  for (let i = 0; i < opts.runs; i++) {
    const run = await runOnce(launch, extensionDir, code, opts, HISTORY_DAYS);
    runs.push(run);
    opts.log(`  calendar import ${ms(run.first.totalMs)}, again ${ms(run.again.totalMs)}`);
  }
  const worst = await runOnce(launch, extensionDir, code, opts, WINDOW_ONLY_DAYS);
  const feed = await feedRefresh(launch, extensionDir, code, opts);
  opts.log(`  unchanged feed refresh: median ${ms(median(feed.times))}`);
  opts.log(`  calendar import, every event in the window: ${ms(worst.first.totalMs)}`);
  const events = opts.events.toLocaleString('en-US');
  const of = `median of ${runs.length} fresh-profile runs`;
  return [
    result(
      `Calendar file import of ${events} events`,
      median(runs.map((r) => r.first.totalMs)) / 1000,
      's',
      3,
      `file to written, ${of}; three years of history and 90 days ahead; ${describe(runs[0]!)}`,
    ),
    result(
      `Calendar file import of ${events} events, all inside the window`,
      worst.first.totalMs / 1000,
      's',
      null,
      `worst case, one run; ${describe(worst)}`,
    ),
    result(
      'Calendar feed refresh with nothing changed',
      median(feed.times),
      'ms',
      200,
      `median of ${feed.times.length} refreshes of a ${(feed.bytes / 1024 / 1024).toFixed(1)} MB, ${events}-event feed served in the page (no network time): read, SHA-256, found unchanged, its time kept`,
    ),
    result(
      'Calendar re-import with nothing changed',
      median(runs.map((r) => r.again.totalMs)),
      'ms',
      null,
      `${of}; the same file again: parse + preview find every meeting up to date, nothing written`,
    ),
  ];
}
