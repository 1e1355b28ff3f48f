import { useRef, useState } from 'react';
import { calendarDaysFrom } from '@/lib/format/dates';

/**
 * A date on a day before today is asked about, never taken silently (a
 * meeting in 2020 would vanish from Upcoming; a promise due then would be
 * thousands of days overdue). `check` says whether a save may go on now;
 * when it may not, the form shows <PastDateConfirm>, whose "Keep it" saves
 * again with the same date allowed.
 */
export function usePastDateCheck() {
  const [asking, setAsking] = useState<number | null>(null);
  // A ref, not state: "Keep it" saves at once, through a submit made before it re-rendered.
  const kept = useRef<number | null>(null);
  return {
    asking: asking !== null,
    /** true when `at` may be saved: today or later, or a past day the seller kept */
    check(at: number | null, now: number): boolean {
      if (at === null || calendarDaysFrom(at, now) >= 0 || kept.current === at) return true;
      setAsking(at);
      return false;
    },
    /** the seller keeps the past date: the next check of it passes */
    keep() {
      kept.current = asking;
      setAsking(null);
    },
    dismiss() {
      setAsking(null);
    },
  };
}

export function PastDateConfirm({
  check,
  onKeep,
  busy = false,
}: {
  check: ReturnType<typeof usePastDateCheck>;
  /** save again, now that the past date is kept (called after `keep`) */
  onKeep: () => void;
  busy?: boolean;
}) {
  if (!check.asking) return null;
  return (
    <div role="alert" className="stack past-date-confirm">
      <p>This date is in the past — keep it?</p>
      <div className="row">
        <button
          type="button"
          disabled={busy}
          onClick={() => {
            check.keep();
            onKeep();
          }}
        >
          Keep it
        </button>
        <button type="button" onClick={check.dismiss}>
          Change the date
        </button>
      </div>
    </div>
  );
}
