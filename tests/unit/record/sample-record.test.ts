import { expect, it } from 'vitest';
import { loadCustomerRecord } from '@/lib/record/load';
import { loadMyRecord } from '@/lib/record/load-monthly';
import { loadSampleWorkspace } from '@/lib/sample/workspace';
import { freshDb } from '../db/helpers';
import { utc } from '../clock';

const NOW = utc(2026, 12, 18, 10);

it('the sample workspace makes the record meaningful: a late promise, readiness recorded, a late meeting', async () => {
  const db = freshDb();
  await loadSampleWorkspace(db, NOW);
  const northwind = (await loadCustomerRecord(db, 'sample-northwind', NOW))!.record;
  expect(northwind.ours).toMatchObject({ late: 1, overdue: 1, kept: 0, counted: 2 });
  expect(northwind.prepared).toMatchObject({ recorded: 1, averagePercent: 100, ready: 1 });
  const globex = (await loadCustomerRecord(db, 'sample-globex', NOW))!.record;
  expect(globex.onTime).toMatchObject({ held: 1, late: 1 });
  const mine = await loadMyRecord(db, NOW);
  expect(mine.prepared.some((m) => m.value !== null)).toBe(true);
  expect(mine.names.get('sample-northwind')).toBe('Northwind Logistics');
});
