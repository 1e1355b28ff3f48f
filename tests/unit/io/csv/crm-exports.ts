import { expect } from 'vitest';
import type { CallprepDB } from '@/lib/db/schema';
import {
  applyImport,
  detectPreset,
  planImport,
  presetMapping,
  presetRefTypes,
  type ImportPlan,
} from '@/lib/io/csv';
import { matchCustomer } from '@/lib/match/match-customer';
import type { PageSignal } from '@/lib/recognize';
import { signal } from '../../match/helpers';
import { loadCsv } from '../fixtures';
import { NOW } from './rows';

/**
 * What the workspace does with a file it recognizes (CsvImport.tsx): the
 * detected preset, its mapping and record types, the plan, and its write.
 */
export async function importFixture(
  db: CallprepDB,
  file: string,
  presetId: string,
): Promise<ImportPlan> {
  const csv = loadCsv(file);
  const preset = detectPreset(csv.headers);
  expect(preset?.id).toBe(presetId);
  const mapping = presetMapping(preset!, csv.headers);
  const plan = await planImport(db, csv.rows, mapping, {
    system: preset!.system,
    refTypes: presetRefTypes(preset, mapping.kind, preset!.system),
    headers: csv.headers,
    rowNumbers: csv.rowNumbers,
    now: NOW,
  });
  await applyImport(db, plan);
  return plan;
}

type Site = PageSignal['site'];

/**
 * The record page of `site`'s record `type` `id`, as the recognizer gives it, with
 * no name, email or company on it: only its record id can match.
 */
export function recordPage(site: Site, type: string, id: string): PageSignal {
  return signal({
    site,
    view: 'record',
    url: 'https://crm.example/',
    record: { system: site, type, id },
  });
}

/** The customer (and contact, for a person record) that record page matches, by its CRM id. */
export async function matchedByRecord(db: CallprepDB, site: Site, type: string, id: string) {
  const m = await matchCustomer(recordPage(site, type, id), db, { ownDomains: [] });
  if (!m) return null;
  expect(m.via).toBe('crm');
  const customer = await db.customers.get(m.customerId);
  const contact = m.contactId ? await db.contacts.get(m.contactId) : undefined;
  return { customer: customer?.name, contact: contact?.name };
}
