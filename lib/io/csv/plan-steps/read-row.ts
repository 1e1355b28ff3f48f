import {
  contactSchema,
  crmRefKey,
  domain as domainSchema,
  email as emailSchema,
} from '../../../db/models';
import { isFreeMailDomain, isOwnDomain } from '../../../match/free-mail';
import { collapseWhitespace } from '../../../match/normalize';
import type { ColumnReader } from './columns';
import type { PlanContext } from './context';
import { normalizeCrmId } from './crm-id';
import { validationProblems } from './problems';
import type { Draft, RejectedRow, RowWarning } from './types';

type Warn = (message: string) => void;

/**
 * Every row of the file as a draft, or as the reason it cannot be imported;
 * values left out of good rows become warnings. Rows are read in file order.
 */
export function readRows(
  rows: readonly string[][],
  read: ColumnReader,
  ctx: PlanContext,
): { drafts: Draft[]; rejected: RejectedRow[]; warnings: RowWarning[] } {
  const drafts: Draft[] = [];
  const rejected: RejectedRow[] = [];
  const warnings: RowWarning[] = [];
  rows.forEach((cells, index) => {
    const row = ctx.rowOf(index);
    const result = readRow(cells, row, read, ctx, (message) => warnings.push({ row, message }));
    if ('reason' in result) rejected.push(result);
    else drafts.push(result);
  });
  return { drafts, rejected, warnings };
}

/** One row normalized and checked: a draft, or why the row is rejected. */
export function readRow(
  cells: readonly string[],
  row: number,
  read: ColumnReader,
  ctx: PlanContext,
  warn: Warn,
): Draft | RejectedRow {
  const reject = (reason: string): RejectedRow => ({ row, reason });

  let ref: string | null = null;
  const rawId = read.first(cells, 'crmId');
  if (rawId && ctx.system) {
    const id = normalizeCrmId(ctx.system, rawId);
    if (!id) return reject(`${ctx.headerOf('crmId')} “${rawId}” is not a valid ${ctx.system} id`);
    ref = crmRefKey({ system: ctx.system, type: ctx.types.record, id });
  }
  const companyRef = readCompanyRef(read.first(cells, 'companyCrmId'), ctx, warn);
  const emails = readEmails(read.all(cells, 'email'), warn);
  const domains = readDomains(
    [...read.all(cells, 'domain'), ...read.all(cells, 'website')],
    ctx.ownDomains,
    warn,
  );

  const company = read.first(cells, 'company');
  let name = read.first(cells, 'name');
  if (ctx.kind === 'customers') {
    name ||= company;
    if (!name) return reject('the company name is empty');
    if (!ctx.nameKeyOf(name)) return reject(`the company name “${name}” has no letters or digits`);
  } else {
    name ||= collapseWhitespace(
      `${read.first(cells, 'firstName')} ${read.first(cells, 'lastName')}`,
    );
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
    title: read.first(cells, 'title'),
    phone: read.first(cells, 'phone'),
    industry: read.first(cells, 'industry'),
  };
  if (ctx.kind === 'contacts') {
    // check the person before anything is planned for their company
    const check = contactSchema.safeParse({
      ...draft,
      id: 'check',
      customerId: 'check',
      crmRefs: ref ? [ref] : [],
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    if (!check.success) return reject(validationProblems(check.error));
    draft.person = check.data;
  }
  return draft;
}

/** The company's CRM ref from a "company id" cell (its first id); a bad id is a warning, not a rejection. */
export function readCompanyRef(cell: string, ctx: PlanContext, warn: Warn): string | null {
  const raw = cell.split(/[;,]/)[0]!.trim();
  if (!raw || !ctx.system) return null;
  const id = normalizeCrmId(ctx.system, raw);
  if (id) return crmRefKey({ system: ctx.system, type: ctx.types.company, id });
  warn(`${ctx.headerOf('companyCrmId')} “${raw}” is not a valid ${ctx.system} id; left out`);
  return null;
}

/** The valid addresses, normalized and each once. */
export function readEmails(values: readonly string[], warn: Warn): string[] {
  const emails: string[] = [];
  for (const raw of values) {
    const parsed = emailSchema.safeParse(raw);
    if (parsed.success) {
      if (!emails.includes(parsed.data)) emails.push(parsed.data);
    } else warn(`“${raw}” is not an email address; left out`);
  }
  return emails;
}

/** The domains that can recognize a customer: valid, not free mail, not the seller's own, each once. */
export function readDomains(
  values: readonly string[],
  ownDomains: readonly string[],
  warn: Warn,
): string[] {
  const domains: string[] = [];
  for (const raw of values) {
    const parsed = domainSchema.safeParse(raw);
    if (!parsed.success) {
      warn(`“${raw}” is not a domain or website; left out`);
      continue;
    }
    const d = parsed.data;
    if (isFreeMailDomain(d) || isOwnDomain(d, ownDomains)) {
      warn(`${d} is a free-mail or your own domain; not used to recognize this customer`);
    } else if (!domains.includes(d)) domains.push(d);
  }
  return domains;
}
