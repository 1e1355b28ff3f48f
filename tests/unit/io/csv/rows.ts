import { vi } from 'vitest';
import type { Contact, Customer } from '@/lib/db/models';
import { planContext } from '@/lib/io/csv/plan-steps/context';
import type { Draft, PlanOptions } from '@/lib/io/csv/plan-steps/types';
import type { ColumnField, ImportKind } from '@/lib/io/csv';
import { utc } from '../../clock';

export const NOW = utc(2026, 11, 23, 9);

/** A plan context as planImport makes it, at NOW unless told otherwise. */
export function contextFor(kind: ImportKind, columns: ColumnField[], options: PlanOptions = {}) {
  return planContext({ kind, columns }, { now: NOW, ...options });
}

/** Ids the steps generate, numbered in the order they are asked for: new-1, new-2 … */
export function numberedIds(): void {
  let n = 0;
  vi.spyOn(crypto, 'randomUUID').mockImplementation(
    () =>
      `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}` as `${string}-${string}-${string}-${string}-${string}`,
  );
}

/** The n-th id numberedIds hands out. */
export const newIdNumber = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export function customer(fields: Partial<Customer> & { id: string; name: string }): Customer {
  return {
    nameKey: fields.name.toLowerCase(),
    nameTokens: [fields.name.toLowerCase()],
    domains: [],
    crmRefs: [],
    industry: '',
    about: '',
    sample: false,
    createdAt: NOW - 1000,
    updatedAt: NOW - 1000,
    ...fields,
  };
}

export function contact(
  fields: Partial<Contact> & { id: string; customerId: string; name: string },
): Contact {
  return {
    title: '',
    emails: [],
    phone: '',
    crmRefs: [],
    createdAt: NOW - 1000,
    updatedAt: NOW - 1000,
    ...fields,
  };
}

export function draft(fields: Partial<Draft> & { name: string }): Draft {
  return {
    row: 2,
    company: '',
    domains: [],
    emails: [],
    ref: null,
    companyRef: null,
    title: '',
    phone: '',
    industry: '',
    ...fields,
  };
}
