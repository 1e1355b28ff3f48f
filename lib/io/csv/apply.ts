import type { CallprepDB } from '../../db/schema';
import { ImportError } from '../errors';
import { planProblem, type ImportPlan } from './plan';

export type ImportProgress = { done: number; total: number };

export type ImportSummary = {
  customersCreated: number;
  customersUpdated: number;
  contactsCreated: number;
  contactsUpdated: number;
};

const CHUNK = 2_000;
const IN_FLIGHT = 2;

/**
 * Writes a plan from `planImport` in one transaction: all of it, or (on any
 * error, a full disk included) nothing. Refuses when a customer or contact the
 * plan updates changed since the preview. Progress goes to `onProgress` after
 * every chunk of rows.
 */
export async function applyImport(
  db: CallprepDB,
  plan: ImportPlan,
  options: { onProgress?: (p: ImportProgress) => void } = {},
): Promise<ImportSummary> {
  const problem = planProblem(plan);
  if (problem) throw new ImportError(problem);
  const customerRows = [...plan.customers.create, ...plan.customers.update];
  const contactRows = [...plan.contacts.create, ...plan.contacts.update];
  const total = customerRows.length + contactRows.length;
  let done = 0;
  options.onProgress?.({ done, total });

  await db.transaction('rw', db.customers, db.contacts, async () => {
    const stale = async (
      table: typeof db.customers | typeof db.contacts,
      basis: Map<string, number>,
      created: { id: string }[],
    ) => {
      const ids = [...basis.keys()];
      const current = await table.bulkGet(ids);
      if (current.some((row, i) => !row || row.updatedAt !== basis.get(ids[i]!))) return true;
      // A plan is written whole or not at all, so if its first new row exists the
      // plan was already applied (a second click on Import): one read, not one per row.
      if (created.length === 0) return false;
      return (await table.get(created[0]!.id)) !== undefined;
    };
    if (
      (await stale(db.customers, plan.basis.customers, plan.customers.create)) ||
      (await stale(db.contacts, plan.basis.contacts, plan.contacts.create))
    ) {
      throw new ImportError(
        'Some customers or contacts changed since the preview. Nothing was imported; preview the file again.',
      );
    }
    // Two chunks in flight: the page prepares the next chunk while IndexedDB
    // writes the previous one, and still yields between chunks so the progress
    // bar moves.
    const inFlight: PromiseLike<void>[] = [];
    const write = async <T>(rows: T[], put: (chunk: T[]) => PromiseLike<unknown>) => {
      for (let i = 0; i < rows.length; i += CHUNK) {
        const chunk = rows.slice(i, i + CHUNK);
        if (inFlight.length === IN_FLIGHT) await inFlight.shift();
        const written = put(chunk).then(() => {
          done += chunk.length;
          options.onProgress?.({ done, total });
        });
        // awaited in turn; once one chunk fails the rest never are, and that is fine
        written.then(undefined, () => {});
        inFlight.push(written);
      }
    };
    await write(customerRows, (chunk) => db.customers.bulkPut(chunk));
    await write(contactRows, (chunk) => db.contacts.bulkPut(chunk));
    await Promise.all(inFlight);
  });

  return {
    customersCreated: plan.customers.create.length,
    customersUpdated: plan.customers.update.length,
    contactsCreated: plan.contacts.create.length,
    contactsUpdated: plan.contacts.update.length,
  };
}
