import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { MonthChart, type ChartPoint } from '@/components/record/MonthChart';
import '@/components/record/record.css';
import { loadMyRecord, type MyRecordData } from '@/lib/record/load-monthly';
import type { ComponentId, MonthValue } from '@/lib/record/monthly';
import { ensureFreshTallies } from '@/lib/record/tally-store';
import { useWorkspaceEnv } from './env';

const share = (v: MonthValue) =>
  v.value === null ? 'nothing counted' : `${Math.round(v.value * 100)}% of ${v.of}`;
const mean = (v: MonthValue) =>
  v.value === null ? 'not recorded' : `${Math.round(v.value)}% on average over ${v.of}`;

const CHARTS: {
  id: ComponentId;
  title: string;
  pullers: string;
  points: (d: MyRecordData) => ChartPoint[];
  max: number;
}[] = [
  {
    id: 'ours',
    title: 'Our promises kept on time',
    pullers: 'late or overdue promises',
    points: (d) => d.ours.map((v, i) => ({ month: d.months[i]!, value: v.value, text: share(v) })),
    max: 1,
  },
  {
    id: 'theirs',
    title: 'Their promises kept on time',
    pullers: 'late or overdue promises of theirs',
    points: (d) =>
      d.theirs.map((v, i) => ({ month: d.months[i]!, value: v.value, text: share(v) })),
    max: 1,
  },
  {
    id: 'prepared',
    title: 'Prepared: readiness at the start',
    pullers: 'meetings started unprepared',
    points: (d) =>
      d.prepared.map((v, i) => ({ month: d.months[i]!, value: v.value, text: mean(v) })),
    max: 100,
  },
  {
    id: 'onTime',
    title: 'Meetings on time',
    pullers: 'meetings you were late to',
    points: (d) =>
      d.onTime.map((v, i) => ({ month: d.months[i]!, value: v.value, text: share(v) })),
    max: 1,
  },
];

/**
 * My record: the relationship record across all customers, by month for the
 * last 12 months, with the customers pulling each number down under it.
 */
export function MyRecord() {
  const { db, now } = useWorkspaceEnv();
  const today = Math.floor(now() / 3_600_000) * 3_600_000;
  const data = useLiveQuery(() => loadMyRecord(db, today), [db, today]);
  // Tallies of another time zone or schema: the record counts the rows meanwhile.
  useEffect(() => {
    ensureFreshTallies(db).catch((e: unknown) =>
      console.error('Callprep: My record tallies not rebuilt', e),
    );
  }, [db]);
  return (
    <section aria-labelledby="my-record-title" className="stack my-record">
      <h1 id="my-record-title">My record</h1>
      <p className="muted">
        Would your customers hire you? Each part on its own, the last 12 months, never one score.
      </p>
      {!data ? (
        <p className="muted">Counting…</p>
      ) : (
        <>
          {CHARTS.map((c) => (
            <div key={c.id} className="stack">
              <MonthChart title={c.title} points={c.points(data)} max={c.max} />
              {data.pulling[c.id].length > 0 && (
                <p className="small">
                  Pulling it down ({c.pullers}):{' '}
                  {data.pulling[c.id].map((p, i) => (
                    <span key={p.customerId}>
                      {i > 0 && ', '}
                      <a href={`#customers/${encodeURIComponent(p.customerId)}`}>
                        {data.names.get(p.customerId)}
                      </a>{' '}
                      ({p.count})
                    </span>
                  ))}
                </p>
              )}
            </div>
          ))}
          <MonthChart
            title="Goals achieved"
            points={data.goalsAchieved.map((n, i) => ({
              month: data.months[i]!,
              value: n,
              text: String(n),
            }))}
            max={Math.max(1, ...data.goalsAchieved)}
          />
          <MonthChart
            title="Referrals received"
            points={data.referralsReceived.map((n, i) => ({
              month: data.months[i]!,
              value: n,
              text: String(n),
            }))}
            max={Math.max(1, ...data.referralsReceived)}
          />
        </>
      )}
    </section>
  );
}
