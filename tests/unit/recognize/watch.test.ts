import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageSignal } from '@/lib/recognize/signal';
import { createPageWatcher, type WatchDeps } from '@/lib/recognize/watch';
import { isRelevantMutation } from '@/lib/recognize/relevance';

function setup(over: Partial<WatchDeps> = {}) {
  const state = { url: 'https://mail.google.com/mail/u/0/#inbox', hidden: false, title: 'A' };
  const sent: (PageSignal | null)[] = [];
  const recognize = vi.fn((): PageSignal => ({
    site: 'gmail',
    view: 'list',
    url: state.url,
    people: [],
    title: state.title,
  }));
  const watcher = createPageWatcher({
    recognize,
    url: () => state.url,
    hidden: () => state.hidden,
    send: (s) => {
      sent.push(s);
    },
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
    debounceMs: 400,
    maxWaitMs: 1500,
    ...over,
  });
  return { state, sent, recognize, watcher };
}

describe('page watcher', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('recognizes and sends once at start', () => {
    const { sent, recognize, watcher } = setup();
    watcher.start();
    expect(recognize).toHaveBeenCalledTimes(1);
    expect(sent).toHaveLength(1);
  });

  it('N mutations in a burst → one recognition', () => {
    const { recognize, watcher } = setup();
    watcher.start();
    for (let i = 0; i < 50; i++) {
      watcher.domChanged();
      vi.advanceTimersByTime(10);
    }
    vi.advanceTimersByTime(400);
    expect(recognize).toHaveBeenCalledTimes(2);
    expect(watcher.recognitions).toBe(2);
  });

  it('a change while a recognition is scheduled arms no new timer, yet still extends the quiet time', () => {
    const setTimer = vi.fn((fn: () => void, ms: number) => setTimeout(fn, ms));
    const { recognize, watcher } = setup({ setTimeout: setTimer });
    watcher.start();
    watcher.domChanged();
    expect(watcher.pending).toBe(true);
    for (let i = 0; i < 30; i++) {
      vi.advanceTimersByTime(10);
      watcher.domChanged();
    }
    // One timer for the whole burst so far: busy pages pay almost nothing per mutation.
    expect(setTimer).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(399);
    expect(recognize).toHaveBeenCalledTimes(1); // not quiet for 400 ms yet
    vi.advanceTimersByTime(1);
    expect(recognize).toHaveBeenCalledTimes(2);
    expect(watcher.pending).toBe(false);
  });

  it('a never-ending burst is still recognized every max-wait', () => {
    const { recognize, watcher } = setup();
    watcher.start();
    for (let i = 0; i < 300; i++) {
      watcher.domChanged();
      vi.advanceTimersByTime(10); // 3 s of churn, never 400 ms quiet
    }
    expect(recognize.mock.calls.length - 1).toBe(2);
  });

  it('unchanged signal → not resent; changed → sent', () => {
    const { state, sent, watcher } = setup();
    watcher.start();
    watcher.domChanged();
    vi.advanceTimersByTime(500);
    expect(sent).toHaveLength(1);
    state.title = 'B';
    watcher.domChanged();
    vi.advanceTimersByTime(500);
    expect(sent).toHaveLength(2);
    expect(sent[1]?.title).toBe('B');
  });

  it('hidden tab → no recognition; catches up once when shown', () => {
    const { state, recognize, watcher } = setup();
    state.hidden = true;
    watcher.start();
    for (let i = 0; i < 20; i++) watcher.domChanged();
    state.url += '/FMfcgzQXJWDsKmqHbQXmqTvqJCmWbzGs';
    watcher.urlMaybeChanged();
    vi.advanceTimersByTime(10_000);
    expect(recognize).toHaveBeenCalledTimes(0);
    state.hidden = false;
    watcher.visibilityChanged();
    vi.advanceTimersByTime(500);
    expect(recognize).toHaveBeenCalledTimes(1);
  });

  it('a tab hidden mid-burst does not recognize until shown', () => {
    const { state, recognize, watcher } = setup();
    watcher.start();
    watcher.domChanged();
    state.hidden = true;
    vi.advanceTimersByTime(5000);
    expect(recognize).toHaveBeenCalledTimes(1);
    state.hidden = false;
    watcher.visibilityChanged();
    vi.advanceTimersByTime(500);
    expect(recognize).toHaveBeenCalledTimes(2);
  });

  it('URL change → re-recognized; same URL → nothing', () => {
    const { state, sent, recognize, watcher } = setup();
    watcher.start();
    watcher.urlMaybeChanged();
    vi.advanceTimersByTime(1000);
    expect(recognize).toHaveBeenCalledTimes(1);
    state.url = 'https://mail.google.com/mail/u/0/#sent';
    watcher.urlMaybeChanged();
    vi.advanceTimersByTime(500);
    expect(recognize).toHaveBeenCalledTimes(2);
    expect(sent.at(-1)?.url).toBe(state.url);
  });

  it('a throwing or rejecting send never escapes, and is retried on the next change', async () => {
    let calls = 0;
    const { watcher, state } = setup({
      send: () => {
        calls++;
        if (calls === 1) throw new Error('Extension context invalidated.');
        return Promise.reject(
          new Error('Could not establish connection. Receiving end does not exist.'),
        );
      },
    });
    expect(() => watcher.start()).not.toThrow();
    watcher.domChanged();
    vi.advanceTimersByTime(500);
    expect(calls).toBe(2); // same signal, but the first send failed
    await Promise.resolve();
    state.title = 'same again';
    watcher.domChanged();
    vi.advanceTimersByTime(500);
    expect(calls).toBe(3);
  });

  it('stop() cancels pending work', () => {
    const { recognize, watcher } = setup();
    watcher.start();
    watcher.domChanged();
    watcher.stop();
    vi.advanceTimersByTime(5000);
    expect(recognize).toHaveBeenCalledTimes(1);
  });
});

describe('mutation relevance', () => {
  const doc = new DOMParser().parseFromString(
    '<div id="main"><h2 class="hP">Subject</h2><div id="clock">10:00</div></div>',
    'text/html',
  );
  const sel = 'h2.hP, [email]';
  const rec = (r: Partial<MutationRecord>) => r as MutationRecord;
  const none = [] as unknown as NodeList;

  it('ignores churn that touches no key node', () => {
    const clock = doc.getElementById('clock')!;
    expect(
      isRelevantMutation([rec({ type: 'characterData', target: clock.firstChild! })], sel),
    ).toBe(false);
    expect(
      isRelevantMutation(
        [rec({ type: 'childList', target: clock, addedNodes: none, removedNodes: none })],
        sel,
      ),
    ).toBe(false);
  });

  it('notices key nodes added, changed, or hidden with their container', () => {
    const h2 = doc.querySelector('h2')!;
    const span = doc.createElement('span');
    span.setAttribute('email', 'a@b.example');
    const added = [span] as unknown as NodeList;
    expect(isRelevantMutation([rec({ type: 'characterData', target: h2.firstChild! })], sel)).toBe(
      true,
    );
    expect(
      isRelevantMutation(
        [rec({ type: 'childList', target: doc.body, addedNodes: added, removedNodes: none })],
        sel,
      ),
    ).toBe(true);
    expect(
      isRelevantMutation(
        [rec({ type: 'attributes', attributeName: 'class', target: doc.getElementById('main')! })],
        sel,
      ),
    ).toBe(true);
  });

  it('treats an unknown site or a huge batch as relevant', () => {
    expect(isRelevantMutation([], undefined)).toBe(true);
    expect(isRelevantMutation(new Array(1000).fill(rec({ type: 'attributes' })), sel)).toBe(true);
  });
});
