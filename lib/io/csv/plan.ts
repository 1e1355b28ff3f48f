import type { CallprepDB } from '../../db/schema';
import type { ImportMapping } from './presets';
import { columnReader } from './plan-steps/columns';
import { planContext } from './plan-steps/context';
import { decideRows } from './plan-steps/decide';
import { findExisting, lookupKeys } from './plan-steps/lookup';
import { changesOf } from './plan-steps/preview';
import { readRows } from './plan-steps/read-row';
import type { ImportPlan, PlanOptions } from './plan-steps/types';
import { oldestFirst, PlannedContacts, PlannedCustomers } from './plan-steps/working-set';

export { normalizeCrmId } from './plan-steps/crm-id';
export type { ImportPlan, PlanOptions, RejectedRow, RowWarning } from './plan-steps/types';

/**
 * Works out what importing `rows` would do: which customers and contacts it
 * creates, which it updates (matched by CRM id, then email, then domain, then
 * normalized company name), and which rows it rejects and why. Reads the
 * database in a handful of batched index lookups; writes nothing.
 */
export async function planImport(
  db: CallprepDB,
  rows: string[][],
  mapping: ImportMapping,
  options: PlanOptions = {},
): Promise<ImportPlan> {
  const ctx = planContext(mapping, options);
  const read = readRows(rows, columnReader(mapping.columns), ctx);
  const existing = await findExisting(db, lookupKeys(read.drafts, ctx));
  const customers = new PlannedCustomers(
    oldestFirst([
      ...existing.customersByRef,
      ...existing.customersByDomain,
      ...existing.customersByName,
    ]),
  );
  const contacts = new PlannedContacts(
    oldestFirst([...existing.contactsByRef, ...existing.contactsByEmail]),
  );
  const decided = decideRows(read.drafts, customers, contacts, ctx);
  const customerChanges = changesOf(customers);
  const contactChanges = changesOf(contacts);
  return {
    kind: ctx.kind,
    system: ctx.system,
    rowsFound: rows.length,
    customers: { create: customerChanges.create, update: customerChanges.update },
    contacts: { create: contactChanges.create, update: contactChanges.update },
    unchanged: decided.unchanged,
    rejected: [...read.rejected, ...decided.rejected].sort((a, b) => a.row - b.row),
    warnings: read.warnings,
    basis: { customers: customerChanges.basis, contacts: contactChanges.basis },
  };
}

/** Why a plan cannot be imported (every row rejected), or null. */
export function planProblem(plan: ImportPlan): string | null {
  if (plan.rowsFound > 0 && plan.rejected.length === plan.rowsFound) {
    return `None of the ${plan.rowsFound} rows can be imported; the reasons are listed below. Nothing was changed.`;
  }
  return null;
}
