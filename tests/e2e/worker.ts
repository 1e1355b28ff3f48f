import type { CDPSession, Worker } from 'playwright-core';
import type { Extension } from './harness';

export type WorkerStatus = 'stopped' | 'starting' | 'running' | 'stopping';

/**
 * Follows the extension's service worker through the ServiceWorker CDP domain:
 * its version id and running status, a wait for a status, and a stop (the way
 * Chrome stops an idle MV3 worker). Shared by the restart e2e tests and the
 * cold-worker bench.
 */
export async function watchWorker(cdp: CDPSession, extensionId: string) {
  let versionId: string | null = null;
  let status: WorkerStatus | null = null;
  const waiters: { want: WorkerStatus; done: () => void }[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    for (const v of e.versions) {
      if (!v.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) continue;
      versionId = v.versionId;
      status = v.runningStatus as WorkerStatus;
      for (const w of waiters.filter((w) => w.want === status)) w.done();
    }
  });
  await cdp.send('ServiceWorker.enable');
  const until = (want: WorkerStatus): Promise<void> =>
    status === want ? Promise.resolve() : new Promise((done) => waiters.push({ want, done }));
  return {
    get versionId() {
      return versionId;
    },
    get status() {
      return status;
    },
    until,
    async stop(): Promise<void> {
      while (!versionId) await new Promise((r) => setTimeout(r, 50));
      const stopped = until('stopped');
      await cdp.send('ServiceWorker.stopWorker', { versionId });
      await stopped;
    },
  };
}

/** The extension's worker as Playwright knows it now (the old handle may be gone after a restart). */
export function liveWorker(e: Extension): Worker {
  const w = e.context
    .serviceWorkers()
    .find((w) => w.url().startsWith(`chrome-extension://${e.id}/`));
  if (!w) throw new Error('no service worker');
  return w;
}
