import type { RelationshipRecord } from './customer-record';
import type { PromiseRecord } from './promises';

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

/** "3 days", "5 hours", "1 day": how late, rounded the way people say it. */
export function delayWords(ms: number): string {
  if (ms < DAY) {
    const h = Math.max(1, Math.round(ms / HOUR));
    return `${h} hour${h === 1 ? '' : 's'}`;
  }
  const d = Math.round(ms / DAY);
  return `${d} day${d === 1 ? '' : 's'}`;
}

/** "4 of 5 kept on time", or "none due" when nothing was due. */
export function promisesWords(r: PromiseRecord): string {
  if (r.counted === 0) return 'none due';
  const base = `${r.kept} of ${r.counted} kept on time`;
  const parts: string[] = [];
  if (r.late > 0 && r.medianLateMs !== null)
    parts.push(`${r.late} late (typically ${delayWords(r.medianLateMs)})`);
  if (r.overdue > 0) parts.push(`${r.overdue} overdue`);
  return parts.length ? `${base}; ${parts.join(', ')}` : base;
}

/** Each component in words, in the order the record shows them. */
export function recordWords(r: RelationshipRecord): { label: string; value: string }[] {
  const p = r.prepared;
  const prepared =
    p.held === 0
      ? 'no meetings held'
      : p.averagePercent === null
        ? 'not recorded'
        : `${p.averagePercent}% on average, ${p.ready} of ${p.recorded} ready` +
          (p.notRecorded > 0 ? ` (${p.notRecorded} not recorded)` : '');
  const onTime =
    r.onTime.share === null ? 'no meetings held' : `${r.onTime.onTime} of ${r.onTime.held} on time`;
  const g = r.goals;
  const f = r.referrals;
  return [
    { label: 'Our promises', value: promisesWords(r.ours) },
    { label: 'Their promises', value: promisesWords(r.theirs) },
    { label: 'Prepared', value: prepared },
    { label: 'On time', value: onTime },
    {
      label: 'Goals',
      value: `${g.achieved} achieved, ${g.advancing} advancing, ${g.dropped} dropped`,
    },
    {
      label: 'Referrals',
      value: `${f.received} received, ${f.introductions} introductions made, ${f.asks} asked`,
    },
    {
      label: 'Customer for',
      value: r.years < 1 ? 'less than a year' : `${r.years} year${r.years === 1 ? '' : 's'}`,
    },
  ];
}
