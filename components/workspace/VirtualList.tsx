import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';

const OVERSCAN = 6;

/**
 * A list that renders only the rows in view (fixed row height), so 10,000+
 * customers scroll without jank. Arrow keys, Home and End move focus between
 * rows, scrolling as needed; each row says its position (aria-posinset).
 */
export function VirtualList<T>({
  items,
  rowHeight,
  height,
  getKey,
  renderRow,
  label,
  resetKey,
}: {
  items: readonly T[];
  rowHeight: number;
  /** the list's height in px (it scrolls inside) */
  height: number;
  getKey: (item: T) => string;
  /** a row's content; give it one focusable element (a link or button) */
  renderRow: (item: T, index: number) => ReactNode;
  label: string;
  /** when this changes (a new search), the list scrolls back to the top */
  resetKey?: unknown;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(height);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);

  useEffect(() => {
    const el = scroller.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setViewport(el.clientHeight || height));
    observer.observe(el);
    return () => observer.disconnect();
  }, [height]);

  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollTop(0);
  }, [resetKey]);

  // After a key moved focus to a row that was not rendered yet, focus it once it is: that
  // is some later render (after the scroll), so this runs after every render on purpose.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    if (focusIndex === null) return;
    const row = scroller.current?.querySelector<HTMLElement>(
      `[data-index="${focusIndex}"] a, [data-index="${focusIndex}"] button`,
    );
    if (row) {
      row.focus();
      setFocusIndex(null);
    }
  });

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(items.length, Math.ceil((scrollTop + viewport) / rowHeight) + OVERSCAN);

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const current = (e.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!current) return;
    const index = Number(current.dataset.index);
    let next: number;
    if (e.key === 'ArrowDown') next = index + 1;
    else if (e.key === 'ArrowUp') next = index - 1;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = items.length - 1;
    else return;
    e.preventDefault();
    next = Math.max(0, Math.min(items.length - 1, next));
    const el = scroller.current!;
    const top = next * rowHeight;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + rowHeight > el.scrollTop + viewport) el.scrollTop = top + rowHeight - viewport;
    setScrollTop(el.scrollTop);
    setFocusIndex(next);
  }

  return (
    <div
      ref={scroller}
      className="virtual-list"
      style={{ height, overflowY: 'auto', position: 'relative' }}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
    >
      <ul
        aria-label={label}
        style={{ height: items.length * rowHeight, position: 'relative', margin: 0, padding: 0 }}
      >
        {items.slice(first, last).map((item, i) => {
          const index = first + i;
          return (
            <li
              key={getKey(item)}
              data-index={index}
              aria-setsize={items.length}
              aria-posinset={index + 1}
              style={{
                position: 'absolute',
                top: index * rowHeight,
                height: rowHeight,
                left: 0,
                right: 0,
                listStyle: 'none',
              }}
            >
              {renderRow(item, index)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
