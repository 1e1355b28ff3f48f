import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  ContentScriptContext,
  LOCATION_CHANGE,
  LOCATION_POLL_MS,
} from '@/lib/recognize/content-context';
import type { PageContext } from '@/lib/recognize/in-page';

// The built content scripts get this class for WXT's: it must offer what recognition uses.
const asPageContext = (ctx: ContentScriptContext): PageContext => ctx;

const runtimeId = Object.getOwnPropertyDescriptor(fakeBrowser.runtime, 'id')!;

/** The extension was reloaded or removed: the orphaned script's runtime has no id. */
function extensionGone() {
  Object.defineProperty(fakeBrowser.runtime, 'id', { value: undefined, configurable: true });
}

describe('the content scripts’ context', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    history.replaceState({}, '', '/start');
  });
  afterEach(() => {
    vi.useRealTimers();
    Object.defineProperty(fakeBrowser.runtime, 'id', runtimeId);
    delete (globalThis as { navigation?: unknown }).navigation;
  });

  it('runs timers while the extension is there, and invalidates itself once it is gone', () => {
    const ctx = asPageContext(new ContentScriptContext());
    const fired = vi.fn();
    const invalidated = vi.fn();
    ctx.onInvalidated(invalidated);
    ctx.setTimeout(fired, 100);
    vi.advanceTimersByTime(100);
    expect(fired).toHaveBeenCalledTimes(1);
    expect(ctx.signal.aborted).toBe(false);

    ctx.setTimeout(fired, 100);
    extensionGone();
    vi.advanceTimersByTime(100);
    expect(fired).toHaveBeenCalledTimes(1);
    expect(invalidated).toHaveBeenCalledTimes(1);
    expect(ctx.signal.aborted).toBe(true);
  });

  it('removes its event listeners when invalidated', () => {
    const ctx = new ContentScriptContext();
    const heard = vi.fn();
    ctx.addEventListener(document, 'visibilitychange', heard);
    document.dispatchEvent(new Event('visibilitychange'));
    ctx.notifyInvalidated();
    document.dispatchEvent(new Event('visibilitychange'));
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('without the Navigation API, polls the URL once a second and reports each change once', () => {
    const ctx = new ContentScriptContext();
    const changed = vi.fn();
    ctx.addEventListener(window, LOCATION_CHANGE, changed);
    history.pushState({}, '', '/thread/1');
    vi.advanceTimersByTime(LOCATION_POLL_MS - 1);
    expect(changed).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(changed).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(LOCATION_POLL_MS * 3);
    expect(changed).toHaveBeenCalledTimes(1);
    ctx.notifyInvalidated();
    history.pushState({}, '', '/thread/2');
    vi.advanceTimersByTime(LOCATION_POLL_MS * 3);
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('with the Navigation API, reports a change once the new URL is in location, and no DOM event', async () => {
    const navigation = new EventTarget();
    (globalThis as { navigation?: unknown }).navigation = navigation;
    const ctx = new ContentScriptContext();
    const seenAt: string[] = [];
    ctx.addEventListener(window, LOCATION_CHANGE, () => seenAt.push(location.pathname));
    const onWindow = vi.fn();
    window.addEventListener(LOCATION_CHANGE, onWindow);

    // As in a browser: `navigate` is dispatched first, then the URL changes.
    navigation.dispatchEvent(new Event('navigate'));
    history.pushState({}, '', '/thread/1');
    await Promise.resolve();
    expect(seenAt).toEqual(['/thread/1']);

    navigation.dispatchEvent(new Event('navigate')); // same URL (e.g. a replace to itself)
    await Promise.resolve();
    expect(seenAt).toEqual(['/thread/1']);
    expect(onWindow).not.toHaveBeenCalled();
    window.removeEventListener(LOCATION_CHANGE, onWindow);
  });
});
