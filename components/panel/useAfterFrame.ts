import { useEffect, useState } from 'react';

/**
 * False until a frame has been shown since `key` last changed (the customer on
 * screen), then true: the sections below the fold mount after the header and
 * goals are painted, so their reads queue behind the goals' and their first
 * render never delays that frame.
 */
export function useAfterFrame(key: string | null): boolean {
  const [shownFor, setShownFor] = useState<string | null>(null);
  useEffect(() => {
    if (key === null) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // rAF runs before the next frame; the timer, after it is painted.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setShownFor(key));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [key]);
  return key !== null && shownFor === key;
}
