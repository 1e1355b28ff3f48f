/**
 * ReadinessMeter — a bar with "60% ready" / "Ready", for one meeting.
 *
 * Props:
 * - `percent` (0..100) and `ready` (every required item done): usually straight
 *   from `scoreReadiness()` (lib/readiness/score.ts) or `useMeetingReadiness()`.
 * - `empty?`: the meeting has no checklist ("No checklist", no bar fill).
 * - `label?`: the accessible name, e.g. "Readiness of Onboarding pilot"
 *   (default "Readiness").
 * - `size?`: 'normal' (default) or 'small' (thin bar, short text, for lists).
 * - `showText?`: show the "60% ready" text beside the bar (default true).
 *
 * Accessibility: `role="meter"` with aria-valuemin/max/now and an
 * aria-valuetext that says the same as the visible text. Colour is never the only
 * signal (the text says "Ready").
 */
import { readinessLabel } from '@/lib/readiness/score';
import './readiness/readiness.css';

export type ReadinessMeterProps = {
  percent: number;
  ready: boolean;
  empty?: boolean;
  label?: string;
  size?: 'normal' | 'small';
  showText?: boolean;
  className?: string;
};

export function ReadinessMeter({
  percent,
  ready,
  empty = false,
  label = 'Readiness',
  size = 'normal',
  showText = true,
  className,
}: ReadinessMeterProps) {
  const value = Math.max(0, Math.min(100, Math.round(Number.isFinite(percent) ? percent : 0)));
  const text = readinessLabel({ percent: value, ready, empty });
  const tone = empty ? 'empty' : ready ? 'ready' : value >= 50 ? 'partial' : 'low';
  return (
    <div
      className={['readiness-meter', `readiness-meter--${size}`, `is-${tone}`, className]
        .filter(Boolean)
        .join(' ')}
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={value}
      aria-valuetext={text}
    >
      <span className="readiness-meter__track" aria-hidden="true">
        <span className="readiness-meter__fill" style={{ width: `${empty ? 0 : value}%` }} />
      </span>
      {showText && (
        <span className="readiness-meter__text" aria-hidden="true">
          {text}
        </span>
      )}
    </div>
  );
}
