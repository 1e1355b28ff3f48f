import type { PlannedRows } from './working-set';

/** What the plan writes to one table: the rows it creates, the ones it changes, and when each changed row was last updated. */
export function changesOf<T extends { updatedAt: number }>(
  planned: PlannedRows<T>,
): { create: T[]; update: T[]; basis: Map<string, number> } {
  const create: T[] = [];
  const update: T[] = [];
  const basis = new Map<string, number>();
  for (const [id, row] of planned.rows) {
    if (planned.isCreated(id)) create.push(row);
    else if (row !== planned.original(id)) {
      update.push(row);
      basis.set(id, planned.original(id)!.updatedAt);
    }
  }
  return { create, update, basis };
}
