import { registrableDomain } from '../../../match/free-mail';
import { newId } from '../../../db/repo';
import { businessDomain, type PlanContext } from './context';
import { mergeContact, mergeCustomer, newCustomer, type CustomerPatch } from './merge';
import type { Draft, RejectedRow } from './types';
import type { PlannedContacts, PlannedCustomers } from './working-set';

/** What planning one row did: something to write, nothing to write, or why not. */
export type RowOutcome = 'planned' | 'unchanged' | { rejected: string };

/**
 * Each draft in file order: create, update, leave alone or reject. Rows see
 * what earlier rows planned (a company named on ten contact rows is created once).
 */
export function decideRows(
  drafts: readonly Draft[],
  customers: PlannedCustomers,
  contacts: PlannedContacts,
  ctx: PlanContext,
): { unchanged: number; rejected: RejectedRow[] } {
  let unchanged = 0;
  const rejected: RejectedRow[] = [];
  const duplicateOf = duplicateIds(ctx);
  for (const d of drafts) {
    const outcome =
      duplicateOf(d) ??
      (ctx.kind === 'customers'
        ? planCustomerRow(d, customers, ctx)
        : planContactRow(d, customers, contacts, ctx));
    if (outcome === 'unchanged') unchanged++;
    else if (outcome !== 'planned') rejected.push({ row: d.row, reason: outcome.rejected });
  }
  return { unchanged, rejected };
}

/** Rejects the second and later rows with a CRM id already seen in the file. */
export function duplicateIds(ctx: PlanContext): (d: Draft) => RowOutcome | null {
  const seenRef = new Map<string, number>();
  return (d) => {
    if (!d.ref) return null;
    const first = seenRef.get(d.ref);
    if (first !== undefined) {
      return {
        rejected: `duplicate: the same ${ctx.headerOf('crmId')} ${d.ref.split(':')[2]} as row ${first}`,
      };
    }
    seenRef.set(d.ref, d.row);
    return null;
  };
}

/** A company row: matched by CRM id, then domain, then normalized name; else created. */
export function planCustomerRow(
  d: Draft,
  customers: PlannedCustomers,
  ctx: PlanContext,
): RowOutcome {
  const viaRef = d.ref ? customers.idByRef(d.ref) : undefined;
  const id =
    viaRef ??
    d.domains.map((x) => customers.idByDomain(x)).find(Boolean) ??
    customers.idByNameKey(ctx.nameKeyOf(d.name));
  const crmRefs = d.ref ? [d.ref] : [];
  if (!id) {
    const row = newCustomer(
      { name: d.name, domains: d.domains, crmRefs, industry: d.industry },
      ctx.now,
      ctx.nameKeyOf,
    );
    const error = customers.put(row, { created: true });
    return error ? { rejected: error } : 'planned';
  }
  const merged = updateCustomer(
    id,
    {
      // the CRM is the source of truth for the name of the record it identifies
      name: viaRef ? d.name : undefined,
      domains: d.domains,
      crmRefs,
      industry: d.industry,
    },
    customers,
    ctx,
  );
  if (typeof merged === 'string') return { rejected: merged };
  return merged ? 'planned' : 'unchanged';
}

/**
 * A person: their company first (by its CRM id, then name, then the person's
 * work email domains; created when the row names it), then the contact itself
 * (by CRM id, then email; else created).
 */
export function planContactRow(
  d: Draft,
  customers: PlannedCustomers,
  contacts: PlannedContacts,
  ctx: PlanContext,
): RowOutcome {
  const businessDomains = d.emails
    .map((e) => businessDomain(e, ctx.ownDomains))
    .filter((x): x is string => !!x);
  const companyKey = d.company ? ctx.nameKeyOf(d.company) : '';
  let customerId =
    (d.companyRef ? customers.idByRef(d.companyRef) : undefined) ??
    (companyKey ? customers.idByNameKey(companyKey) : undefined) ??
    businessDomains
      .flatMap((x) => [x, registrableDomain(x)])
      .map((x) => customers.idByDomain(x))
      .find(Boolean);
  let customerChanged = false;
  if (!customerId) {
    if (!d.company || !companyKey) {
      return {
        rejected: businessDomains.length
          ? `no company: the row names none, and no customer has the domain ${businessDomains[0]}`
          : 'no company: the row names none (import the companies first, or map a company column)',
      };
    }
    const row = newCustomer(
      {
        name: d.company,
        domains: [...new Set(businessDomains.map(registrableDomain))],
        crmRefs: d.companyRef ? [d.companyRef] : [],
        industry: '',
      },
      ctx.now,
      ctx.nameKeyOf,
    );
    const error = customers.put(row, { created: true });
    if (error) return { rejected: `the company: ${error}` };
    customerId = row.id;
  } else if (d.companyRef && !customers.get(customerId)!.crmRefs.includes(d.companyRef)) {
    // learn the company's CRM id, so its CRM page matches exactly next time
    const merged = updateCustomer(customerId, { crmRefs: [d.companyRef] }, customers, ctx);
    if (typeof merged === 'string') return { rejected: `the company: ${merged}` };
    customerChanged = merged;
  }

  const viaRef = d.ref ? contacts.idByRef(d.ref) : undefined;
  const contactId = viaRef ?? d.emails.map((e) => contacts.idByEmail(e)).find(Boolean);
  if (!contactId) {
    // validated as a draft already; a generated id and company id keep it valid
    contacts.create({ ...d.person!, id: newId(), customerId });
    return 'planned';
  }
  const current = contacts.get(contactId)!;
  const next = mergeContact(current, d, viaRef !== undefined);
  if (!next) return customerChanged ? 'planned' : 'unchanged';
  if (!contacts.isCreated(contactId)) next.updatedAt = Math.max(ctx.now, current.updatedAt);
  const error = contacts.put(next);
  return error ? { rejected: error } : 'planned';
}

/**
 * Applies a patch to a planned customer: true when it changed, false when the
 * patch adds nothing, or what is wrong with the result. An existing row's
 * updatedAt becomes the plan's time (never earlier than it was).
 */
function updateCustomer(
  id: string,
  patch: CustomerPatch,
  customers: PlannedCustomers,
  ctx: PlanContext,
): boolean | string {
  const current = customers.get(id)!;
  const next = mergeCustomer(current, patch, ctx.nameKeyOf);
  if (!next) return false;
  if (!customers.isCreated(id)) next.updatedAt = Math.max(ctx.now, current.updatedAt);
  return customers.put(next) ?? true;
}
