import { useEffect, useState } from 'react';

/**
 * A page's first database read, started at module top before React renders, so
 * that the IndexedDB round trip overlaps React's start instead of following its
 * first commit (where a live query would begin). `value` is set once it resolves.
 */
export type FirstRead<T> = { readonly promise: Promise<T>; value?: T };

export function startFirstRead<T>(read: () => Promise<T>): FirstRead<T> {
  const first: FirstRead<T> = { promise: read() };
  first.promise.then(
    (value) => {
      first.value = value;
    },
    // The live query that follows reads again and reports its own error.
    () => {},
  );
  return first;
}

/**
 * The first read's value: at once when it came in before this render, or on the
 * render after it resolves. Meant to stand in only until a live query answers.
 */
export function useFirstRead<T>(first: FirstRead<T> | undefined): T | undefined {
  const [value, setValue] = useState(() => first?.value);
  useEffect(() => {
    if (!first || value !== undefined) return;
    let live = true;
    first.promise.then(
      (v) => live && setValue(v),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [first, value]);
  return value;
}
