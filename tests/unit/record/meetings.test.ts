import { describe, expect, it } from 'vitest';
import { onTimeRecord, preparedRecord, type MeetingFacts } from '@/lib/record/meetings';
import { recordWindow } from '@/lib/record/window';
import { DAY, utc } from '../clock';

const NOW = utc(2026, 12, 3, 12);
const w = recordWindow(NOW);
let n = 0;
const meeting = (over: Partial<MeetingFacts>): MeetingFacts => ({
  id: `m${++n}`,
  customerId: 'c1',
  startsAt: NOW - 10 * DAY,
  status: 'done',
  ...over,
});
const snap = (percent: number, ready: boolean) => ({ percent, ready, at: NOW - 10 * DAY });

describe('preparedRecord', () => {
  it('averages the readiness recorded at each start; meetings without a snapshot are not recorded, not 0%', () => {
    const r = preparedRecord(
      [
        meeting({ readinessAtStart: snap(100, true) }),
        meeting({ readinessAtStart: snap(50, false) }),
        meeting({}),
        meeting({ status: 'cancelled', readinessAtStart: snap(0, false) }),
        meeting({ startsAt: NOW + DAY, status: 'planned' }),
        meeting({ startsAt: utc(2025, 1, 1), readinessAtStart: snap(0, false) }),
      ],
      w,
    );
    expect(r).toEqual({ held: 3, recorded: 2, ready: 1, averagePercent: 75, notRecorded: 1 });
  });

  it('says not recorded (null) when no held meeting has a snapshot', () => {
    const r = preparedRecord([meeting({}), meeting({ status: 'planned' })], w);
    expect(r.averagePercent).toBeNull();
    expect(r.notRecorded).toBe(2);
  });
});

describe('onTimeRecord', () => {
  it('counts a held meeting on time unless it was marked late', () => {
    const r = onTimeRecord(
      [
        meeting({ onTime: true }),
        meeting({}),
        meeting({ onTime: false }),
        meeting({ onTime: false, status: 'cancelled' }),
      ],
      w,
    );
    expect(r).toEqual({ held: 3, onTime: 2, late: 1, share: 2 / 3 });
  });

  it('has no share when nothing was held', () => {
    expect(onTimeRecord([meeting({ startsAt: NOW + DAY })], w).share).toBeNull();
  });
});
