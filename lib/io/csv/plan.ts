import {
  contactSchema,
  crmRefKey,
  customerSchema,
  domain as domainSchema,
  email as emailSchema,
} from '../../db/models';
import type { Table } from 'dexie';
import type { Contact, Customer } from '../../db/models';
import { newId } from '../../db/repo';
import type { CallprepDB } from '../../db/schema';
import {
  emailDomain,
  isFreeMailDomain,
  isOwnDomain,
  registrableDomain,
} from '../../match/free-mail';
import { collapseWhitespace, nameTokens, normalizeCompanyName } from '../../match/normalize';
import { toSalesforceId18 } from '../../recognize/salesforce-id';
import { ImportError } from '../errors';
import { rowNumber } from './parse';
import { refTypes, type ColumnField, type ImportKind, type ImportMapping } from './presets';

export type RejectedRow = { row: number; reason: string };
export type RowWarning = { row: number; message: string };

/**
 * What an import would do, computed without writing anything: the preview the
 * seller confirms, and the exact rows `applyImport` then writes.
 */
export type ImportPlan = {
  kind: ImportKind;
  system: string | null;
  rowsFound: number;
  customers: { create: Customer[]; update: Customer[] };
  contacts: { create: Contact[]; update: Contact[] };
  /** rows that matched an existing record and would change nothing */
  unchanged: number;
  rejected: RejectedRow[];
  /** values left out of otherwise good rows (an invalid email, a free-mail domain) */
  warnings: RowWarning[];
  /** updatedAt of every existing row the plan changes, as it was when planned */
  basis: { customers: Map<string, number>; contacts: Map<string, number> };
};

export type PlanOptions = {
  /** the CRM the file's ids come from ('salesforce', 'hubspot', 'pipedrive' or any lower-case name); null: ignore ids */
  system?: string | null;
  /** the seller's own domains: never given to a customer */
  ownDomains?: readonly string[];
  now?: number;
  /** the CSV headers, to name columns in messages */
  headers?: string[];
};

type Draft = {
  row: number;
  name: string;
  company: string;
  domains: string[];
  emails: string[];
  ref: string | null;
  companyRef: string | null;
  title: string;
  phone: string;
  industry: string;
  /** contacts: the person as a valid contact row, bar its id and company */
  person?: Contact;
};

const SPLIT = /[;,\s]+/;

/** A CRM id in its canonical form, or null when it is not one. */
export function normalizeCrmId(system: string, raw: string): string | null {
  const value = raw.trim();
  if (system === 'salesforce') return toSalesforceId18(value) ?? null;
  if (system === 'hubspot' || system === 'pipedrive') {
    const digits = value.replace(/\.0+$/, '');
    return /^\d{1,20}$/.test(digits) ? digits : null;
  }
  return /^[^\s:]{1,200}$/.test(value) ? value : null;
}

function checkMapping(mapping: ImportMapping, system: string | null): void {
  const has = (f: ColumnField) => mapping.columns.includes(f);
  if (mapping.kind === 'customers' && !has('name') && !has('company')) {
    throw new ImportError('Choose the column that holds the company name.');
  }
  if (
    mapping.kind === 'contacts' &&
    !has('name') &&
    !has('firstName') &&
    !has('lastName') &&
    !has('email')
  ) {
    throw new ImportError('Choose the column that holds the person’s name or email.');
  }
  if ((has('crmId') || has('companyCrmId')) && !system) {
    throw new ImportError('Say which CRM the ids come from, or set the id columns to Ignore.');
  }
  if (system && !/^[a-z0-9_-]{1,40}$/.test(system)) {
    throw new ImportError('The CRM name may only use lower-case letters, digits, - and _.');
  }
}

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
  const system = options.system ? options.system.trim().toLowerCase() : null;
  checkMapping(mapping, system);
  const now = options.now ?? Date.now();
  const own = options.ownDomains ?? [];
  const types = refTypes(system ?? '', mapping.kind);
  const headerOf = (field: ColumnField) => {
    const i = mapping.columns.indexOf(field);
    return options.headers?.[i] || (field === 'crmId' ? 'CRM id' : 'company id');
  };

  const plan: ImportPlan = {
    kind: mapping.kind,
    system,
    rowsFound: rows.length,
    customers: { create: [], update: [] },
    contacts: { create: [], update: [] },
    unchanged: 0,
    rejected: [],
    warnings: [],
    basis: { customers: new Map(), contacts: new Map() },
  };

  // ------------------------------------------------ 1. read each row into a draft
  const cols = new Map<ColumnField, number[]>();
  mapping.columns.forEach((field, i) => {
    if (field === 'ignore') return;
    cols.set(field, [...(cols.get(field) ?? []), i]);
  });
  const firstOf = (cells: string[], field: ColumnField): string => {
    for (const i of cols.get(field) ?? []) {
      const v = collapseWhitespace(cells[i] ?? '');
      if (v) return v;
    }
    return '';
  };
  const allOf = (cells: string[], field: ColumnField): string[] =>
    (cols.get(field) ?? []).flatMap((i) => (cells[i] ?? '').split(SPLIT)).filter(Boolean);

  const problems = (error: { issues: { path: PropertyKey[]; message: string }[] }) =>
    error.issues
      .map((i) => `${i.path.length ? `${String(i.path[0])} ` : ''}${i.message}`)
      .join('; ');

  // An export repeats each company on every one of its contacts' rows.
  const nameKeys = new Map<string, string>();
  const nameKeyOf = (name: string): string => {
    let key = nameKeys.get(name);
    if (key === undefined) nameKeys.set(name, (key = normalizeCompanyName(name)));
    return key;
  };

  const drafts: Draft[] = [];
  rows.forEach((cells, index) => {
    const row = rowNumber(index);
    const warn = (message: string) => plan.warnings.push({ row, message });
    const reject = (reason: string) => plan.rejected.push({ row, reason });

    let ref: string | null = null;
    const rawId = firstOf(cells, 'crmId');
    if (rawId && system) {
      const id = normalizeCrmId(system, rawId);
      if (!id) return reject(`${headerOf('crmId')} “${rawId}” is not a valid ${system} id`);
      ref = crmRefKey({ system, type: types.record, id });
    }
    let companyRef: string | null = null;
    const rawCompanyId = firstOf(cells, 'companyCrmId').split(/[;,]/)[0]!.trim();
    if (rawCompanyId && system) {
      const id = normalizeCrmId(system, rawCompanyId);
      if (id) companyRef = crmRefKey({ system, type: types.company, id });
      else
        warn(`${headerOf('companyCrmId')} “${rawCompanyId}” is not a valid ${system} id; left out`);
    }

    const emails: string[] = [];
    for (const raw of allOf(cells, 'email')) {
      const parsed = emailSchema.safeParse(raw);
      if (parsed.success) {
        if (!emails.includes(parsed.data)) emails.push(parsed.data);
      } else warn(`“${raw}” is not an email address; left out`);
    }

    const domains: string[] = [];
    for (const raw of [...allOf(cells, 'domain'), ...allOf(cells, 'website')]) {
      const parsed = domainSchema.safeParse(raw);
      if (!parsed.success) {
        warn(`“${raw}” is not a domain or website; left out`);
        continue;
      }
      const d = parsed.data;
      if (isFreeMailDomain(d) || isOwnDomain(d, own)) {
        warn(`${d} is a free-mail or your own domain; not used to recognize this customer`);
      } else if (!domains.includes(d)) domains.push(d);
    }

    const company = firstOf(cells, 'company');
    let name = firstOf(cells, 'name');
    if (mapping.kind === 'customers') {
      name ||= company;
      if (!name) return reject('the company name is empty');
      if (!nameKeyOf(name)) return reject(`the company name “${name}” has no letters or digits`);
    } else {
      name ||= collapseWhitespace(`${firstOf(cells, 'firstName')} ${firstOf(cells, 'lastName')}`);
      name ||= emails[0] ?? '';
      if (!name) return reject('the row has no name and no valid email address');
    }
    const draft: Draft = {
      row,
      name,
      company,
      domains,
      emails,
      ref,
      companyRef,
      title: firstOf(cells, 'title'),
      phone: firstOf(cells, 'phone'),
      industry: firstOf(cells, 'industry'),
    };
    if (mapping.kind === 'contacts') {
      // check the person before anything is planned for their company
      const check = contactSchema.safeParse({
        ...draft,
        id: 'check',
        customerId: 'check',
        crmRefs: ref ? [ref] : [],
        createdAt: now,
        updatedAt: now,
      });
      if (!check.success) return reject(problems(check.error));
      draft.person = check.data;
    }
    drafts.push(draft);
  });

  // ------------------------------------------------ 2. batched index lookups
  const businessDomain = (email: string): string | null => {
    const d = emailDomain(email);
    return d && !isFreeMailDomain(d) && !isOwnDomain(d, own) ? d : null;
  };
  const custRefs = new Set<string>();
  const custDomains = new Set<string>();
  const custNameKeys = new Set<string>();
  const contactRefs = new Set<string>();
  const contactEmails = new Set<string>();
  for (const d of drafts) {
    if (mapping.kind === 'customers') {
      if (d.ref) custRefs.add(d.ref);
      d.domains.forEach((x) => custDomains.add(x));
      custNameKeys.add(nameKeyOf(d.name));
    } else {
      if (d.ref) contactRefs.add(d.ref);
      d.emails.forEach((e) => {
        contactEmails.add(e);
        const bd = businessDomain(e);
        if (bd) {
          custDomains.add(bd);
          custDomains.add(registrableDomain(bd));
        }
      });
      if (d.companyRef) custRefs.add(d.companyRef);
      if (d.company) custNameKeys.add(nameKeyOf(d.company));
    }
  }
  const [byRef, byDomain, byName, contactsByRef, contactsByEmail] = await db.transaction(
    'r',
    db.customers,
    db.contacts,
    async () => {
      // Sorting tens of thousands of keys for anyOf is wasted on an empty table
      // (the first import): one count answers every lookup.
      const [customerRows, contactRows] = await Promise.all([
        db.customers.count(),
        db.contacts.count(),
      ]);
      const find = <T>(
        table: Table<T, string, unknown>,
        rows: number,
        index: string,
        keys: Set<string>,
      ) =>
        rows && keys.size
          ? table
              .where(index)
              .anyOf([...keys])
              .toArray()
          : ([] as T[]);
      return Promise.all([
        find<Customer>(db.customers, customerRows, 'crmRefs', custRefs),
        find<Customer>(db.customers, customerRows, 'domains', custDomains),
        find<Customer>(db.customers, customerRows, 'nameKey', custNameKeys),
        find<Contact>(db.contacts, contactRows, 'crmRefs', contactRefs),
        find<Contact>(db.contacts, contactRows, 'emails', contactEmails),
      ]);
    },
  );

  // ------------------------------------------------ 3. indexes over existing and planned rows
  const customers = new Map<string, Customer>();
  const customerByRef = new Map<string, string>();
  const customerByDomain = new Map<string, string>();
  const customerByName = new Map<string, string>();
  const indexCustomer = (c: Customer) => {
    customers.set(c.id, c);
    for (const r of c.crmRefs) if (!customerByRef.has(r)) customerByRef.set(r, c.id);
    for (const d of c.domains) if (!customerByDomain.has(d)) customerByDomain.set(d, c.id);
    if (!customerByName.has(c.nameKey)) customerByName.set(c.nameKey, c.id);
  };
  const existing = [...byRef, ...byDomain, ...byName].sort(
    (a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id),
  );
  existing.forEach(indexCustomer);

  const contacts = new Map<string, Contact>();
  const contactByRef = new Map<string, string>();
  const contactByEmail = new Map<string, string>();
  const indexContact = (c: Contact) => {
    contacts.set(c.id, c);
    for (const r of c.crmRefs) if (!contactByRef.has(r)) contactByRef.set(r, c.id);
    for (const e of c.emails) if (!contactByEmail.has(e)) contactByEmail.set(e, c.id);
  };
  [...contactsByRef, ...contactsByEmail]
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
    .forEach(indexContact);

  const createdCustomers = new Set<string>();
  const createdContacts = new Set<string>();
  const originalCustomers = new Map(existing.map((c) => [c.id, c]));
  const originalContacts = new Map([...contactsByRef, ...contactsByEmail].map((c) => [c.id, c]));
  const seenRef = new Map<string, number>();

  /** validates and records a changed customer; returns an error message or null */
  const putCustomer = (next: Customer): string | null => {
    const parsed = customerSchema.safeParse(next);
    if (!parsed.success) return problems(parsed.error);
    indexCustomer(parsed.data);
    return null;
  };
  const putContact = (next: Contact): string | null => {
    const parsed = contactSchema.safeParse(next);
    if (!parsed.success) return problems(parsed.error);
    indexContact(parsed.data);
    return null;
  };
  const union = (a: string[], b: string[]) => {
    const extra = b.filter((x) => !a.includes(x));
    return extra.length ? [...a, ...extra] : a;
  };

  /** a customer changed by the import (or unchanged when the patch adds nothing) */
  const mergeCustomer = (
    id: string,
    patch: { name?: string; domains?: string[]; crmRefs?: string[]; industry?: string },
  ): { changed: boolean; error: string | null } => {
    const current = customers.get(id)!;
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
    if (!changed) return { changed: false, error: null };
    next.updatedAt = createdCustomers.has(id) ? next.updatedAt : Math.max(now, current.updatedAt);
    return { changed: true, error: putCustomer(next) };
  };

  const newCustomer = (fields: {
    name: string;
    domains: string[];
    crmRefs: string[];
    industry: string;
  }): { id: string | null; error: string | null } => {
    const nameKey = nameKeyOf(fields.name);
    const row = {
      id: newId(),
      ...fields,
      nameKey,
      nameTokens: nameTokens(nameKey),
      about: '',
      sample: false,
      createdAt: now,
      updatedAt: now,
    };
    const error = putCustomer(row as Customer);
    if (error) return { id: null, error };
    createdCustomers.add(row.id);
    return { id: row.id, error: null };
  };

  const duplicate = (d: Draft): string | null => {
    if (!d.ref) return null;
    const first = seenRef.get(d.ref);
    if (first !== undefined) {
      return `duplicate: the same ${headerOf('crmId')} ${d.ref.split(':')[2]} as row ${first}`;
    }
    seenRef.set(d.ref, d.row);
    return null;
  };

  // ------------------------------------------------ 4. each row: create, update or reject
  for (const d of drafts) {
    const reject = (reason: string) => plan.rejected.push({ row: d.row, reason });
    const dup = duplicate(d);
    if (dup) {
      reject(dup);
      continue;
    }
    if (mapping.kind === 'customers') {
      const nameKey = nameKeyOf(d.name);
      const viaRef = d.ref ? customerByRef.get(d.ref) : undefined;
      const id =
        viaRef ??
        d.domains.map((x) => customerByDomain.get(x)).find(Boolean) ??
        customerByName.get(nameKey);
      if (!id) {
        const { error } = newCustomer({
          name: d.name,
          domains: d.domains,
          crmRefs: d.ref ? [d.ref] : [],
          industry: d.industry,
        });
        if (error) reject(error);
        continue;
      }
      const { changed, error } = mergeCustomer(id, {
        // the CRM is the source of truth for the name of the record it identifies
        name: viaRef ? d.name : undefined,
        domains: d.domains,
        crmRefs: d.ref ? [d.ref] : [],
        industry: d.industry,
      });
      if (error) reject(error);
      else if (!changed) plan.unchanged++;
      continue;
    }

    // a person: find (or create) their company first
    const businessDomains = d.emails.map(businessDomain).filter((x): x is string => !!x);
    const companyKey = d.company ? nameKeyOf(d.company) : '';
    let customerId =
      (d.companyRef ? customerByRef.get(d.companyRef) : undefined) ??
      (companyKey ? customerByName.get(companyKey) : undefined) ??
      businessDomains
        .flatMap((x) => [x, registrableDomain(x)])
        .map((x) => customerByDomain.get(x))
        .find(Boolean);
    let customerChanged = false;
    if (!customerId) {
      if (!d.company || !companyKey) {
        reject(
          businessDomains.length
            ? `no company: the row names none, and no customer has the domain ${businessDomains[0]}`
            : 'no company: the row names none (import the companies first, or map a company column)',
        );
        continue;
      }
      const created = newCustomer({
        name: d.company,
        domains: [...new Set(businessDomains.map(registrableDomain))],
        crmRefs: d.companyRef ? [d.companyRef] : [],
        industry: '',
      });
      if (!created.id) {
        reject(`the company: ${created.error}`);
        continue;
      }
      customerId = created.id;
    } else if (d.companyRef && !customers.get(customerId)!.crmRefs.includes(d.companyRef)) {
      // learn the company's CRM id, so its CRM page matches exactly next time
      const merged = mergeCustomer(customerId, { crmRefs: [d.companyRef] });
      if (merged.error) {
        reject(`the company: ${merged.error}`);
        continue;
      }
      customerChanged = merged.changed;
    }

    const viaRef = d.ref ? contactByRef.get(d.ref) : undefined;
    const contactId = viaRef ?? d.emails.map((e) => contactByEmail.get(e)).find(Boolean);
    if (!contactId) {
      // validated as a draft already; a generated id and company id keep it valid
      const id = newId();
      indexContact({ ...d.person!, id, customerId });
      createdContacts.add(id);
      continue;
    }
    const current = contacts.get(contactId)!;
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
    if (!changed) {
      if (!customerChanged) plan.unchanged++;
      continue;
    }
    if (!createdContacts.has(contactId)) next.updatedAt = Math.max(now, current.updatedAt);
    const error = putContact(next);
    if (error) reject(error);
  }

  // ------------------------------------------------ 5. the preview
  for (const [id, row] of customers) {
    if (createdCustomers.has(id)) plan.customers.create.push(row);
    else if (row !== originalCustomers.get(id)) {
      plan.customers.update.push(row);
      plan.basis.customers.set(id, originalCustomers.get(id)!.updatedAt);
    }
  }
  for (const [id, row] of contacts) {
    if (createdContacts.has(id)) plan.contacts.create.push(row);
    else if (row !== originalContacts.get(id)) {
      plan.contacts.update.push(row);
      plan.basis.contacts.set(id, originalContacts.get(id)!.updatedAt);
    }
  }
  plan.rejected.sort((a, b) => a.row - b.row);
  return plan;
}

/** Why a plan cannot be imported (every row rejected), or null. */
export function planProblem(plan: ImportPlan): string | null {
  if (plan.rowsFound > 0 && plan.rejected.length === plan.rowsFound) {
    return `None of the ${plan.rowsFound} rows can be imported; the reasons are listed below. Nothing was changed.`;
  }
  return null;
}
