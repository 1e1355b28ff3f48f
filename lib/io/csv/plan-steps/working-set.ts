import { contactSchema, customerSchema, type Contact, type Customer } from '../../../db/models';
import { validationProblems } from './problems';

type Row = { id: string; createdAt: number };

/** Oldest first, so the first row with a key keeps it (ties by id, to be stable). */
export function oldestFirst<T extends Row>(rows: T[]): T[] {
  return rows.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

/**
 * The rows a plan has read or made so far, by id, with what each existing row
 * was when read, so the preview can tell creates, updates and untouched rows apart.
 */
export type PlannedRows<T> = {
  readonly rows: ReadonlyMap<string, T>;
  isCreated(id: string): boolean;
  original(id: string): T | undefined;
};

/**
 * Existing and planned customers, indexed the ways a row can match one. The
 * first customer with a key keeps it: existing rows (oldest first) before the
 * ones the plan creates.
 */
export class PlannedCustomers implements PlannedRows<Customer> {
  readonly rows = new Map<string, Customer>();
  private readonly originals: Map<string, Customer>;
  private readonly created = new Set<string>();
  private readonly byRef = new Map<string, string>();
  private readonly byDomain = new Map<string, string>();
  private readonly byName = new Map<string, string>();

  /** `existing` in the order to index them (see oldestFirst) */
  constructor(existing: readonly Customer[]) {
    existing.forEach((c) => this.index(c));
    this.originals = new Map(existing.map((c) => [c.id, c]));
  }

  get(id: string): Customer | undefined {
    return this.rows.get(id);
  }
  idByRef(ref: string): string | undefined {
    return this.byRef.get(ref);
  }
  idByDomain(domain: string): string | undefined {
    return this.byDomain.get(domain);
  }
  idByNameKey(nameKey: string): string | undefined {
    return this.byName.get(nameKey);
  }
  isCreated(id: string): boolean {
    return this.created.has(id);
  }
  original(id: string): Customer | undefined {
    return this.originals.get(id);
  }

  /** Validates and records a changed or new customer; returns what is wrong with it, or null. */
  put(next: Customer, { created = false } = {}): string | null {
    const parsed = customerSchema.safeParse(next);
    if (!parsed.success) return validationProblems(parsed.error);
    this.index(parsed.data);
    if (created) this.created.add(parsed.data.id);
    return null;
  }

  private index(c: Customer): void {
    this.rows.set(c.id, c);
    for (const r of c.crmRefs) if (!this.byRef.has(r)) this.byRef.set(r, c.id);
    for (const d of c.domains) if (!this.byDomain.has(d)) this.byDomain.set(d, c.id);
    if (!this.byName.has(c.nameKey)) this.byName.set(c.nameKey, c.id);
  }
}

/** Existing and planned contacts, indexed by CRM ref and email (first row with a key keeps it). */
export class PlannedContacts implements PlannedRows<Contact> {
  readonly rows = new Map<string, Contact>();
  private readonly originals: Map<string, Contact>;
  private readonly created = new Set<string>();
  private readonly byRef = new Map<string, string>();
  private readonly byEmail = new Map<string, string>();

  /** `existing` in the order to index them (see oldestFirst) */
  constructor(existing: readonly Contact[]) {
    existing.forEach((c) => this.index(c));
    this.originals = new Map(existing.map((c) => [c.id, c]));
  }

  get(id: string): Contact | undefined {
    return this.rows.get(id);
  }
  idByRef(ref: string): string | undefined {
    return this.byRef.get(ref);
  }
  idByEmail(email: string): string | undefined {
    return this.byEmail.get(email);
  }
  isCreated(id: string): boolean {
    return this.created.has(id);
  }
  original(id: string): Contact | undefined {
    return this.originals.get(id);
  }

  /** Validates and records a changed contact; returns what is wrong with it, or null. */
  put(next: Contact): string | null {
    const parsed = contactSchema.safeParse(next);
    if (!parsed.success) return validationProblems(parsed.error);
    this.index(parsed.data);
    return null;
  }

  /** Records a new contact that was validated already (as a draft): no second check. */
  create(row: Contact): void {
    this.index(row);
    this.created.add(row.id);
  }

  private index(c: Contact): void {
    this.rows.set(c.id, c);
    for (const r of c.crmRefs) if (!this.byRef.has(r)) this.byRef.set(r, c.id);
    for (const e of c.emails) if (!this.byEmail.has(e)) this.byEmail.set(e, c.id);
  }
}
