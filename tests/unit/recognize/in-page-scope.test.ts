import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { gmail } from '@/lib/recognize/gmail';
import { findRegions, SETTLE_MS, watchPageScope, type PageScope } from '@/lib/recognize/page-scope';
import { isRelevantMutation } from '@/lib/recognize/relevance';
import { gmailPage } from '../../bench/generate';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** A Gmail-like page: a busy header, a hidden cached list, the open thread. */
const PAGE = `
  <header><span id="clock">09:00</span></header>
  <div id="views">
    <div role="main" id="list" style="display: none"><table><tbody id="rows">
      <tr><td><span class="zF" email="old@globex.example">Old</span></td></tr>
    </tbody></table></div>
    <div role="main" id="thread">
      <h2 class="hP">Pilot numbers</h2>
      <div class="gs"><span class="gD" email="priya@globex.example">Priya</span></div>
    </div>
  </div>
  <div id="chat"><div class="presence off">Kim</div></div>`;

describe('the containers of the view', () => {
  it('is the visible thread on the bench page, not the cached list behind it', () => {
    const doc = parse(gmailPage(5000).html);
    const regions = findRegions(doc, gmail.keyNodes);
    expect(regions).toHaveLength(1);
    expect(regions![0]!.querySelector('h2.hP')).not.toBeNull();
  });

  it('includes a visible pane still empty, so the thread filled into it later is seen', () => {
    const doc = parse(`<div role="main" id="pane"></div><div role="main" hidden id="old"></div>`);
    expect(findRegions(doc, gmail.keyNodes)?.map((r) => r.id)).toEqual(['pane']);
  });

  it('is the whole document when a visible key node sits outside every landmark, or none is visible', () => {
    expect(findRegions(parse(`<div><h2 class="hP">Subject</h2></div>`), gmail.keyNodes)).toBeNull();
    expect(
      findRegions(parse(`<div role="main" hidden><h2 class="hP">S</h2></div>`), gmail.keyNodes),
    ).toBeNull();
  });
});

describe('relevance out of sight', () => {
  it('rows arriving in a hidden list are not relevant; the same rows in a shown one are', () => {
    const doc = parse(PAGE);
    const rows = doc.getElementById('rows')!;
    const row = doc.createElement('tr');
    row.innerHTML = '<td><span class="zF" email="new@initech.example">New</span></td>';
    const rec = {
      type: 'childList',
      target: rows,
      addedNodes: [row] as unknown as NodeList,
      removedNodes: [] as unknown as NodeList,
    } as unknown as MutationRecord;
    expect(isRelevantMutation([rec], gmail.keyNodes)).toBe(false);
    doc.getElementById('list')!.removeAttribute('style');
    expect(isRelevantMutation([rec], gmail.keyNodes)).toBe(true);
  });
});

describe('what the observer watches', () => {
  let changed: ReturnType<typeof vi.fn<() => void>>;
  let scope: PageScope;
  const $ = (id: string) => document.getElementById(id)!;
  const flush = () => vi.advanceTimersByTimeAsync(0);

  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = PAGE;
    changed = vi.fn<() => void>();
    scope = watchPageScope({
      keySelector: () => gmail.keyNodes,
      attributes: ['class', 'style', 'hidden', 'aria-hidden', 'email'],
      busy: () => false,
      changed,
    });
    scope.widen();
    scope.viewRead();
  });
  afterEach(() => {
    scope.stop();
    document.body.innerHTML = '';
    vi.useRealTimers();
  });

  it('watches the whole page while the view arrives, then only the open thread', async () => {
    expect(scope.regions).toBeNull();
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(scope.regions).toEqual([$('thread')]);
  });

  it('after settling, churn outside the thread and rows in the hidden list change nothing', async () => {
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    $('clock').textContent = '09:01';
    $('chat').firstElementChild!.classList.toggle('off');
    const row = document.createElement('tr');
    row.innerHTML = '<td><span class="zF" email="new@initech.example">New</span></td>';
    $('rows').prepend(row);
    await flush();
    expect(changed).not.toHaveBeenCalled();
  });

  it('a new message in the open thread is noticed', async () => {
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    const msg = document.createElement('div');
    msg.innerHTML = '<span class="gD" email="sam@globex.example">Sam</span>';
    $('thread').append(msg);
    await flush();
    expect(changed).toHaveBeenCalledTimes(1);
    expect(scope.regions).toEqual([$('thread')]);
  });

  it('a new view beside the thread, or the thread hidden, widens the watch again', async () => {
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    const view = document.createElement('div');
    view.setAttribute('role', 'main');
    $('views').append(view);
    await flush();
    expect(changed).toHaveBeenCalledTimes(1);
    expect(scope.regions).toBeNull();
    // While wide, the new view's content arriving deep inside it is seen.
    view.innerHTML = '<h2 class="hP">Another thread</h2>';
    await flush();
    expect(changed).toHaveBeenCalledTimes(2);

    $('thread').style.display = 'none';
    await flush();
    expect(changed).toHaveBeenCalledTimes(3);
    scope.viewRead();
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(scope.regions).toEqual([view]);
    // Hiding an ancestor of the watched view is a change around it.
    $('views').style.display = 'none';
    await flush();
    expect(changed).toHaveBeenCalledTimes(4);
    expect(scope.regions).toBeNull();
  });

  it('stop() disconnects', async () => {
    scope.stop();
    $('thread').append(document.createElement('h2'));
    await flush();
    expect(changed).not.toHaveBeenCalled();
  });
});
