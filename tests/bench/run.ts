/**
 * npm run bench [-- --quick] [-- --readme] [-- <step> …]
 *
 * Builds the extension to .output-bench, measures it in real headless Chromium,
 * prints a table and writes bench/results.json. Reports, never fails: the exit
 * code is 0 even when a figure is over budget or a measurement could not run.
 * --quick: fewer repetitions and a smaller scale, for development.
 * --readme: also replace the Performance section at the end of README.md.
 * <step> …: run only these (size, bundles, recognition, host-cost, first-paint,
 * cold-worker, matching, csv-import, calendar-import, today-paint, my-record); the other rows are kept from the previous
 * bench/results.json, so the README table stays whole.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import * as prettier from 'prettier';
import { BENCH_OUT, extensionDir, launchWithExtension } from './browser';
import { measureColdWorker } from './cold-worker';
import { measureCalendarImport } from './calendar-import';
import { measureCsvImport } from './csv-import';
import { measureFirstPaint } from './first-paint';
import { measureHostCost } from './host-cost';
import { measureMatching } from './matching';
import { measureMyRecord } from './my-record';
import { measureRecognition } from './recognition';
import { measureTodayPaint } from './today-paint';
import {
  formatMarkdown,
  formatTable,
  mergeResults,
  skipped,
  summarize,
  type Result,
} from './report';
import { measureBundles, measureSize } from './size';

const quick = process.argv.includes('--quick');
const updateReadme = process.argv.includes('--readme');
const STEPS = [
  'size',
  'bundles',
  'recognition',
  'host-cost',
  'first-paint',
  'cold-worker',
  'matching',
  'csv-import',
  'calendar-import',
  'today-paint',
  'my-record',
] as const;
type Step = (typeof STEPS)[number];
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const unknown = only.filter((a) => !(STEPS as readonly string[]).includes(a));
if (unknown.length)
  throw new Error(`unknown bench step ${unknown.join(', ')}: ${STEPS.join(', ')}`);
const wanted = (s: Step) => only.length === 0 || only.includes(s);

const CONFIG = quick
  ? {
      pairs: 2,
      seconds: 5,
      recognitionRuns: 50,
      customers: 10_000,
      contactsPerCustomer: 3,
      matchRuns: 15,
      panelCustomers: 10_000,
      paintRuns: 3,
      csvRows: 10_000,
      csvRuns: 1,
      calendarRuns: 1,
      coldRuns: 3,
      recordCustomers: 2_000,
      recordMeetings: 20_000,
    }
  : {
      pairs: 5,
      seconds: 10,
      recognitionRuns: 200,
      customers: 100_000,
      contactsPerCustomer: 3,
      matchRuns: 40,
      panelCustomers: 10_000,
      paintRuns: 7,
      csvRows: 50_000,
      csvRuns: 3,
      calendarRuns: 3,
      coldRuns: 7,
      recordCustomers: 10_000,
      recordMeetings: 100_000,
    };

const started = Date.now();
const log = (s: string) =>
  console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${s}`);

function build(): { ok: boolean; note: string } {
  log(`building the extension into ${BENCH_OUT}/ …`);
  const r = spawnSync('npx', ['wxt', 'build'], {
    env: { ...process.env, CALLPREP_OUT: BENCH_OUT },
    encoding: 'utf8',
    shell: false,
  });
  if (r.status === 0) return { ok: true, note: 'fresh build' };
  const tail = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
  console.error(`wxt build failed (exit ${r.status}):\n${tail}`);
  return { ok: false, note: `wxt build failed (exit ${r.status})` };
}

/** Runs one measurement; a crash becomes a row in the table, never a failed run. */
async function step(
  id: Step,
  name: string,
  unit: string,
  budget: number | null,
  fn: () => Promise<Result[]>,
): Promise<Result[]> {
  if (!wanted(id)) return [];
  log(name);
  let rows: Result[];
  try {
    rows = await fn();
  } catch (e) {
    const message = (e instanceof Error ? e.message : String(e)).split('\n')[0]!.slice(0, 160);
    console.error(`  ${name} failed: ${e instanceof Error ? (e.stack ?? e.message) : e}`);
    rows = [skipped(name, unit, budget, `could not run: ${message}`)];
  }
  return rows.map((r) => ({ ...r, step: id }));
}

async function writeReadme(results: Result[], meta: string): Promise<void> {
  const readme = await readFile('README.md', 'utf8');
  const heading = '\n## Performance\n';
  const at = readme.indexOf(heading);
  const section =
    `${heading}\n` +
    '```sh\nnpm run bench              # about 10 minutes; --quick: smaller and fewer runs; --readme: rewrite this section\n```\n\n' +
    'Builds the extension into `.output-bench/` and measures it in real headless Chromium: medians of ' +
    'repeated runs, host-page ratios from side-by-side runs with and without the extension. Budgets are ' +
    'the ones in DESIGN.md; the run never fails on them (over budget is marked ✗). Every figure, per ' +
    'fixture: `bench/results.json`. These machines are shared (2 cores), so expect ±30 % between runs.\n\n' +
    `${formatMarkdown(summarize(results))}\n\n${meta}\n`;
  const text = (at >= 0 ? readme.slice(0, at) : readme.trimEnd() + '\n') + section;
  // Formatted as `npm test` checks it: the table's widths are Prettier's, not ours.
  const options = (await prettier.resolveConfig('README.md')) ?? {};
  await writeFile('README.md', await prettier.format(text, { ...options, filepath: 'README.md' }));
}

/** The last run's rows, so a run of a few steps keeps the others' figures. */
async function previousResults(): Promise<Result[]> {
  try {
    return JSON.parse(await readFile('bench/results.json', 'utf8')) as Result[];
  } catch {
    return [];
  }
}

async function main() {
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  log(`callprep bench${quick ? ' --quick' : ''}; load average ${load}`);
  const built = process.argv.includes('--no-build')
    ? { ok: true, note: `previous build (--no-build)` }
    : build();
  const dir = await extensionDir();
  const haveBuild = existsSync(`${dir}/manifest.json`);
  if (!built.ok && haveBuild) log('using the previous build in ' + dir);

  const results: Result[] = [];
  results.push(...(await step('size', 'content script size', 'KB', 15, () => measureSize(dir))));
  results.push(...(await step('bundles', 'bundle sizes', 'KB', null, () => measureBundles(dir))));
  results.push(
    ...(await step('recognition', 'recognition', 'ms', 2, () =>
      measureRecognition({ runs: CONFIG.recognitionRuns, log }),
    )),
  );
  const inBrowser = (['host-cost', 'first-paint', 'cold-worker', 'matching'] as const).some(wanted);
  if (!haveBuild) {
    results.push(skipped('extension measurements', '', null, `${built.note}; no build to load`));
  } else if (inBrowser) {
    const ext = await launchWithExtension();
    try {
      results.push(
        ...(await step('host-cost', 'host page cost', '×', 1.02, () =>
          measureHostCost(ext, {
            pairs: CONFIG.pairs,
            seconds: CONFIG.seconds,
            perSecond: 100,
            log,
          }),
        )),
      );
      results.push(
        ...(await step('first-paint', 'first paint', 'ms', 100, () =>
          measureFirstPaint(ext, dir, {
            customers: CONFIG.panelCustomers,
            runs: CONFIG.paintRuns,
            log,
          }),
        )),
      );
      results.push(
        ...(await step('cold-worker', 'cold service worker', 'ms', 150, () =>
          measureColdWorker(ext, dir, {
            runs: CONFIG.coldRuns,
            customers: CONFIG.panelCustomers,
            log,
          }),
        )),
      );
      results.push(
        ...(await step('matching', 'matching at scale', 'ms', 5, () =>
          measureMatching(ext, dir, {
            customers: CONFIG.customers,
            contactsPerCustomer: CONFIG.contactsPerCustomer,
            runs: CONFIG.matchRuns,
            log,
          }),
        )),
      );
    } finally {
      await ext.close();
    }
  }
  if (haveBuild) {
    results.push(
      ...(await step('csv-import', 'CSV import', 's', 10, () =>
        measureCsvImport(launchWithExtension, dir, {
          rows: CONFIG.csvRows,
          runs: CONFIG.csvRuns,
          settleMs: 5_000,
          log,
        }),
      )),
    );
    results.push(
      ...(await step('calendar-import', 'calendar import', 's', 3, () =>
        measureCalendarImport(launchWithExtension, dir, {
          events: 5_000,
          customers: 400,
          runs: CONFIG.calendarRuns,
          settleMs: 5_000,
          log,
        }),
      )),
    );
    results.push(
      ...(await step('today-paint', 'Today', 'ms', 150, () =>
        measureTodayPaint(launchWithExtension, dir, {
          customers: CONFIG.panelCustomers,
          runs: CONFIG.paintRuns,
          log,
        }),
      )),
    );
    results.push(
      ...(await step('my-record', 'My record', 'ms', 300, () =>
        measureMyRecord(launchWithExtension, dir, {
          customers: CONFIG.recordCustomers,
          meetings: CONFIG.recordMeetings,
          runs: CONFIG.paintRuns,
          log,
        }),
      )),
    );
  }

  const loadAfter = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  const meta =
    `Run ${new Date().toISOString()}${quick ? ' (--quick)' : ''} in ${((Date.now() - started) / 1000).toFixed(0)} s; ` +
    `load average before ${load}, after ${loadAfter}; ${built.note}.`;
  const all = only.length ? mergeResults(await previousResults(), results) : results;
  const scope = only.length
    ? ` Rows of ${only.join(', ')} from this run, the others from the previous run.`
    : '';
  console.log('\n' + formatTable(results) + '\n\n' + meta + scope);
  await mkdir('bench', { recursive: true });
  await writeFile('bench/results.json', JSON.stringify(all, null, 2) + '\n');
  log('wrote bench/results.json');
  if (updateReadme) {
    await writeReadme(all, meta + scope);
    log('updated the Performance section of README.md');
  }
}

main()
  .catch((e) => console.error('bench crashed:', e))
  .finally(() => {
    process.exitCode = 0;
  });
