/**
 * Today painted in the side panel with 10,000 customers and the sample
 * workspace: the panel opened on a tab with no customer, timed from navigation
 * start to the first frame that shows Today's promises (MutationObserver → rAF
 * → task, as first-paint.ts measures), and to the frame that adds "Losing
 * touch", which weighs every customer (the generated ones have no history: the
 * worst case) and paints after the rest.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Extension } from '../e2e/harness';
import { panelTargetKey } from '../../lib/session/keys';
import { bundleIife } from './bundle';
import type { AgendaTiming } from './inpage/today';
import { openExtensionPage } from './extension-page';
import { median, result, skipped, type Result } from './report';
import { timeTextPaint, watchTextPaint } from './text-paint';

export type TodayPaintOptions = { customers: number; runs: number; log(s: string): void };
const WANT = {
  agenda: ['Promises due', 'Send the security review answers'],
  all: ['Promises due', 'Losing touch'],
};

export async function measureTodayPaint(
  launch: () => Promise<Extension>,
  extensionDir: string,
  opts: TodayPaintOptions,
): Promise<Result[]> {
  const name = 'side panel: Today visible';
  if (!existsSync(join(extensionDir, 'sidepanel.html')))
    return [skipped(name, 'ms', 150, 'sidepanel.html: not built yet')];
  const ext = await launch();
  try {
    const code = await bundleIife('tests/bench/inpage/db.ts', 'CallprepBench');
    const seeder = await openExtensionPage(ext, extensionDir, code);
    const seeded = await seeder.evaluate(
      (n) => (globalThis as any).CallprepBench.seedApp(n) as Promise<{ customers: number }>,
      opts.customers,
    );
    await seeder.close();
    // No customer chosen anywhere: the panel's home is Today.
    await ext.worker.evaluate(
      (key) => (globalThis as any).chrome.storage.session.remove(key),
      panelTargetKey(),
    );
    await watchTextPaint(ext, '/sidepanel.html', WANT);
    const agenda: number[] = [];
    const all: number[] = [];
    for (let i = 0; i < opts.runs; i++) {
      const seen = await timeTextPaint(ext, 'sidepanel.html', 'all', {
        width: 400,
        height: 800,
        timeoutMs: 20_000,
      });
      if (seen.agenda != null) agenda.push(seen.agenda);
      if (seen.all != null) all.push(seen.all);
      opts.log(
        `  Today run ${i + 1}: ${seen.agenda?.toFixed(0) ?? '-'} ms, losing touch ${seen.all?.toFixed(0) ?? '-'} ms`,
      );
    }
    const timer = await openExtensionPage(
      ext,
      extensionDir,
      await bundleIife('tests/bench/inpage/today.ts', 'CallprepTodayBench'),
    );
    const loader = await timer.evaluate(
      (n) => (globalThis as any).CallprepTodayBench.timeAgenda(n) as Promise<AgendaTiming>,
      opts.runs,
    );
    await timer.close();
    const rows = Object.entries(loader.rows)
      .map(([table, n]) => `${table} ${n}`)
      .join(', ');
    opts.log(
      `  agenda alone: ${loader.ms.map((m) => m.toFixed(0)).join(', ')} ms (${loader.lines} lines); rows read: ${rows}; any customer ${loader.anyCustomerMs.toFixed(1)} ms`,
    );
    const scale = `${opts.customers.toLocaleString('en-US')} customers + sample workspace (${seeded.customers} rows), none with history; median of ${opts.runs}`;
    return [
      result(name, median(agenda), 'ms', 150, `${scale}; cold ${agenda[0]?.toFixed(0)} ms`),
      result(
        'Today agenda: read + computed (no paint)',
        median(loader.ms),
        'ms',
        null,
        `loadTodayAgenda alone in the extension page, warm; ${loader.lines} lines; rows read: ${rows}`,
      ),
      result(
        'side panel: Today with losing touch',
        median(all),
        'ms',
        null,
        `every customer weighed for keep-in-touch; ${scale}`,
      ),
    ];
  } finally {
    await ext.close();
  }
}
