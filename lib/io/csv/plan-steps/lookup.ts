import type { Table } from 'dexie';
import type { Contact, Customer } from '../../../db/models';
import type { CallprepDB } from '../../../db/schema';
import { registrableDomain } from '../../../match/free-mail';
import { businessDomain, type PlanContext } from './context';
import type { Draft } from './types';

/** Every index key the drafts could match an existing row by. */
export type LookupKeys = {
  customerRefs: Set<string>;
  customerDomains: Set<string>;
  customerNameKeys: Set<string>;
  contactRefs: Set<string>;
  contactEmails: Set<string>;
};

/** The existing rows any draft could match, one array per index looked up. */
export type ExistingRows = {
  customersByRef: Customer[];
  customersByDomain: Customer[];
  customersByName: Customer[];
  contactsByRef: Contact[];
  contactsByEmail: Contact[];
};

/**
 * The keys to look up: a company row by its id, domains and name; a person by
 * their id and emails, and their company by its id, name and email domains.
 */
export function lookupKeys(drafts: readonly Draft[], ctx: PlanContext): LookupKeys {
  const keys: LookupKeys = {
    customerRefs: new Set(),
    customerDomains: new Set(),
    customerNameKeys: new Set(),
    contactRefs: new Set(),
    contactEmails: new Set(),
  };
  for (const d of drafts) {
    if (ctx.kind === 'customers') {
      if (d.ref) keys.customerRefs.add(d.ref);
      d.domains.forEach((x) => keys.customerDomains.add(x));
      keys.customerNameKeys.add(ctx.nameKeyOf(d.name));
    } else {
      if (d.ref) keys.contactRefs.add(d.ref);
      d.emails.forEach((e) => {
        keys.contactEmails.add(e);
        const bd = businessDomain(e, ctx.ownDomains);
        if (bd) {
          keys.customerDomains.add(bd);
          keys.customerDomains.add(registrableDomain(bd));
        }
      });
      if (d.companyRef) keys.customerRefs.add(d.companyRef);
      if (d.company) keys.customerNameKeys.add(ctx.nameKeyOf(d.company));
    }
  }
  return keys;
}

/** The only step that reads the database: five batched index lookups in one read transaction. */
export function findExisting(db: CallprepDB, keys: LookupKeys): Promise<ExistingRows> {
  return db.transaction('r', db.customers, db.contacts, async () => {
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
      wanted: Set<string>,
    ) =>
      rows && wanted.size
        ? table
            .where(index)
            .anyOf([...wanted])
            .toArray()
        : ([] as T[]);
    const [customersByRef, customersByDomain, customersByName, contactsByRef, contactsByEmail] =
      await Promise.all([
        find<Customer>(db.customers, customerRows, 'crmRefs', keys.customerRefs),
        find<Customer>(db.customers, customerRows, 'domains', keys.customerDomains),
        find<Customer>(db.customers, customerRows, 'nameKey', keys.customerNameKeys),
        find<Contact>(db.contacts, contactRows, 'crmRefs', keys.contactRefs),
        find<Contact>(db.contacts, contactRows, 'emails', keys.contactEmails),
      ]);
    return { customersByRef, customersByDomain, customersByName, contactsByRef, contactsByEmail };
  });
}
