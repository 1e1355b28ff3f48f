import type { Contact, Customer } from '../../../db/models';
import { newId } from '../../../db/repo';
import { nameTokens } from '../../../match/normalize';
import type { Draft } from './types';

/** `a` with the values of `b` it lacks appended; `a` itself when there are none (so "changed" is `!==`). */
export function union(a: string[], b: readonly string[]): string[] {
  const extra = b.filter((x) => !a.includes(x));
  return extra.length ? [...a, ...extra] : a;
}

export type CustomerPatch = {
  name?: string;
  domains?: string[];
  crmRefs?: string[];
  industry?: string;
};

/**
 * `current` with what the import adds: a new name (only when given), domains
 * and CRM refs it lacks, an industry where it has none. Null when that changes
 * nothing. Leaves updatedAt to the caller.
 */
export function mergeCustomer(
  current: Customer,
  patch: CustomerPatch,
  nameKeyOf: (name: string) => string,
): Customer | null {
  const next: Customer = { ...current };
  if (patch.name && patch.name !== current.name) {
    next.name = patch.name;
    next.nameKey = nameKeyOf(patch.name);
    next.nameTokens = nameTokens(next.nameKey);
  }
  next.domains = union(current.domains, patch.domains ?? []);
  next.crmRefs = union(current.crmRefs, patch.crmRefs ?? []);
  if (patch.industry && !current.industry) next.industry = patch.industry;
  const changed =
    next.name !== current.name ||
    next.domains !== current.domains ||
    next.crmRefs !== current.crmRefs ||
    next.industry !== current.industry;
  return changed ? next : null;
}

/** A new customer row with a fresh id, not yet validated. */
export function newCustomer(
  fields: { name: string; domains: string[]; crmRefs: string[]; industry: string },
  now: number,
  nameKeyOf: (name: string) => string,
): Customer {
  const nameKey = nameKeyOf(fields.name);
  return {
    id: newId(),
    ...fields,
    nameKey,
    nameTokens: nameTokens(nameKey),
    about: '',
    sample: false,
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * `current` with what the row adds: its title and phone when given, emails and
 * its CRM ref it lacks, and its name when it matched by CRM id (the CRM is the
 * source of truth for the record it identifies). Null when that changes nothing.
 */
export function mergeContact(current: Contact, d: Draft, viaRef: boolean): Contact | null {
  const next: Contact = {
    ...current,
    name: viaRef ? d.name : current.name,
    title: d.title || current.title,
    phone: d.phone || current.phone,
    emails: union(current.emails, d.emails),
    crmRefs: union(current.crmRefs, d.ref ? [d.ref] : []),
  };
  const changed =
    next.name !== current.name ||
    next.title !== current.title ||
    next.phone !== current.phone ||
    next.emails !== current.emails ||
    next.crmRefs !== current.crmRefs;
  return changed ? next : null;
}
