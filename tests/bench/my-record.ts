/**
 * My record painted in the workspace with 10,000 customers and 100,000
 * meetings (a year of promises, readiness snapshots and on-time marks, written
 * in bulk into the app's real database through an extension page): the
 * workspace opened at #record, timed from navigation start to the first frame
 * that shows the first chart with the customers pulling it down, and to the
 * frame that shows every chart and every list (MutationObserver → rAF → task,
 * as first-paint.ts measures). The loader is also timed alone in the page, so
 * the figure splits into reading + computing and the rest (scripts, React, paint).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Extension } from '../e2e/harness';
import { bundleIife } from './bundle';
import { median, result, skipped, type Result } from './report';
import { timeTextPaint, watchTextPaint } from './text-paint';

export type MyRecordOptions = {
  customers: number;
  meetings: number;
  runs: number;
  log(s: string): void;
};
/** The pullers' labels appear only with their list of customers (components/workspace/MyRecord.tsx). */
const WANT = {
  first: ['Our promises kept on time', '(late or overdue promises)'],
  all: [
    '(late or overdue promises)',
    '(late or overdue promises of theirs)',
    '(meetings started unprepared)',
    '(meetings you were late to)',
    'Goals achieved',
    'Referrals received',
  ],
};

export async function measureMyRecord(
  launch: () => Promise<Extension>,
  extensionDir: string,
  opts: MyRecordOptions,
): Promise<Result[]> {
  const name = 'workspace: My record painted';
  if (!existsSync(join(extensionDir, 'options.html')))
    return [skipped(name, 'ms', 300, 'options.html: not built yet')];
  const ext = await launch();
  try {
    const code = await bundleIife('tests/bench/inpage/record.ts', 'CallprepRecordBench');
    // A page that renders nothing, so no live query re-reads every chunk the seeding writes.
    const seeder = await ext.openPage('manifest.json');
    await seeder.evaluate(code);
    const seeded = await seeder.evaluate(
      ([c, m]) =>
        (globalThis as any).CallprepRecordBench.seedRecord(c, m) as Promise<{
          customers: number;
          meetings: number;
          commitments: number;
          goals: number;
          referrals: number;
        }>,
      [opts.customers, opts.meetings] as const,
    );
    opts.log(
      `  seeded ${seeded.customers} customers, ${seeded.meetings} meetings, ${seeded.commitments} promises, ${seeded.goals} goals, ${seeded.referrals} referrals`,
    );
    await watchTextPaint(ext, '/options.html', WANT);
    const first: number[] = [];
    const all: number[] = [];
    for (let i = 0; i < opts.runs; i++) {
      const seen = await timeTextPaint(ext, 'options.html#record', 'all', {
        width: 1280,
        height: 800,
        timeoutMs: 30_000,
      });
      if (seen.first != null) first.push(seen.first);
      if (seen.all != null) all.push(seen.all);
      opts.log(
        `  My record run ${i + 1}: first chart ${seen.first?.toFixed(0) ?? '-'} ms, all ${seen.all?.toFixed(0) ?? '-'} ms`,
      );
    }
    const loader = await seeder.evaluate(
      (n) =>
        (globalThis as any).CallprepRecordBench.timeLoader(n) as Promise<{
          ms: number[];
          pullers: number;
        }>,
      opts.runs,
    );
    const reads = await seeder.evaluate(
      () => (globalThis as any).CallprepRecordBench.timeReads() as Promise<Record<string, number>>,
    );
    await seeder.close();
    const split = Object.entries(reads)
      .map(([k, v]) => `${k} ${v.toFixed(0)}`)
      .join(', ');
    opts.log(`  loader alone: ${loader.ms.map((m) => m.toFixed(0)).join(', ')} ms; ${split} ms`);
    const scale =
      `${seeded.customers.toLocaleString('en-US')} customers, ${seeded.meetings.toLocaleString('en-US')} meetings, ` +
      `${seeded.commitments.toLocaleString('en-US')} promises, ${seeded.goals.toLocaleString('en-US')} goals over 12 months`;
    return [
      result(
        name,
        median(all),
        'ms',
        300,
        `navigation start → every chart and every list of customers pulling it down painted; ${scale}; median of ${opts.runs}, first (cold) run included: ${all[0]?.toFixed(0)} ms`,
      ),
      result(
        'workspace: My record first chart',
        median(first),
        'ms',
        null,
        'navigation start → the first chart and its customers painted',
      ),
      result(
        'My record: read + computed (no paint)',
        median(loader.ms),
        'ms',
        null,
        `loadMyRecord alone in the extension page, warm; ${loader.pullers} customers listed; each part once (ms): ${split}`,
      ),
    ];
  } finally {
    await ext.close();
  }
}
