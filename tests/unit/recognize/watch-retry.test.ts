import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageSignal } from '@/lib/recognize/signal';
import { createPageWatcher, RETRY_DELAYS_MS, type WatchDeps } from '@/lib/recognize/watch';

/**
 * Issue 18: a signal sent while the background's worker is stopping is lost,
 * and the page does not change again, so nothing would ever resend it: the
 * panel said "No customer recognized" on a known customer's thread.
 */
function setup(deliverFrom: number, over: Partial<WatchDeps> = {}) {
  const page = { url: 'https://mail.google.com/mail/u/0/#inbox/1', title: 'Renewal' };
  const attempts: { at: number; signal: PageSignal | null }[] = [];
  const watcher = createPageWatcher({
    recognize: () => ({
      site: 'gmail',
      view: 'thread',
      url: page.url,
      people: [],
      title: page.title,
    }),
    url: () => page.url,
    hidden: () => false,
    // The worker is down until `deliverFrom`: every send before then fails.
    send: (signal) => {
      attempts.push({ at: Date.now(), signal });
      return Date.now() >= deliverFrom
        ? Promise.resolve(null)
        : Promise.reject(
            new Error('Could not establish connection. Receiving end does not exist.'),
          );
    },
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
    ...over,
  });
  return { page, attempts, watcher };
}

describe('a signal that was not delivered', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(0);
  });
  afterEach(() => vi.useRealTimers());

  it('is sent again, sooner then later, until the background takes it', async () => {
    const { attempts, watcher } = setup(1_000);
    watcher.start();
    await vi.advanceTimersByTimeAsync(5_000);
    // 0 fails, 250 fails, 750 fails, 1750 is delivered; nothing after that.
    expect(attempts.map((a) => a.at)).toEqual([0, 250, 750, 1_750]);
    expect(new Set(attempts.map((a) => a.signal?.title))).toEqual(new Set(['Renewal']));
  });

  it('gives up after the last wait; the next change of the page sends again', async () => {
    const { attempts, watcher, page } = setup(Infinity);
    watcher.start();
    await vi.advanceTimersByTimeAsync(30_000);
    const total = RETRY_DELAYS_MS.reduce((sum, ms) => sum + ms, 0);
    expect(attempts).toHaveLength(RETRY_DELAYS_MS.length + 1);
    expect(attempts.at(-1)!.at).toBe(total);
    page.title = 'Renewal (2)';
    watcher.domChanged();
    await vi.advanceTimersByTimeAsync(400);
    expect(attempts).toHaveLength(RETRY_DELAYS_MS.length + 2);
  });

  it('stops retrying the old signal once a newer one is sent', async () => {
    const { attempts, watcher, page } = setup(Infinity);
    watcher.start(); // fails at 0, retry due at 250
    await vi.advanceTimersByTimeAsync(100);
    page.url = 'https://mail.google.com/mail/u/0/#inbox/2';
    watcher.urlMaybeChanged(); // a recognition is due at 500: the retry at 250 waits for it
    await vi.advanceTimersByTimeAsync(400);
    expect(attempts.map((a) => [a.at, a.signal?.url.slice(-1)])).toEqual([
      [0, '1'],
      [500, '2'],
    ]);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(attempts.slice(2).every((a) => a.signal?.url.endsWith('/2'))).toBe(true);
  });

  it('stops retrying when the watcher stops (the script is gone)', async () => {
    const { attempts, watcher } = setup(Infinity);
    watcher.start();
    await vi.advanceTimersByTimeAsync(300); // 0 and 250 failed, the next is due at 750
    watcher.stop();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(attempts.map((a) => a.at)).toEqual([0, 250]);
  });

  it('a send that throws at once is retried too', async () => {
    let calls = 0;
    const { watcher } = setup(0, {
      send: () => {
        calls++;
        if (calls === 1) throw new Error('Extension context invalidated.');
        return Promise.resolve(null);
      },
    });
    watcher.start();
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[0]);
    expect(calls).toBe(2);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls).toBe(2);
  });
});
