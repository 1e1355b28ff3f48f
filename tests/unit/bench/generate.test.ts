import { normalizeCompanyName } from '../../../lib/match/normalize';
import { toSalesforceId18 } from '../../../lib/recognize/salesforce-id';
import {
  SALESFORCE_CONTACT_HEADERS,
  generateCompanies,
  generateCustomerRows,
  gmailPage,
  misspell,
  rng,
  salesforceContactsCsv,
  salesforceId,
  slug,
} from '../../bench/generate';

describe('bench data generators', () => {
  it('is deterministic for a seed', () => {
    expect(generateCompanies(50, 4)).toEqual(generateCompanies(50, 4));
    expect(generateCompanies(5, 4)).not.toEqual(generateCompanies(5, 5));
  });

  it('makes distinct normalized names and domains, with a realistic spread of words', () => {
    const companies = generateCompanies(5000);
    expect(new Set(companies.map((c) => normalizeCompanyName(c.name))).size).toBe(5000);
    expect(new Set(companies.map((c) => c.domain)).size).toBe(5000);
    // No word may name more than a few percent of the customers (the fuzzy index narrows by word).
    const counts = new Map<string, number>();
    for (const c of companies)
      for (const w of new Set(normalizeCompanyName(c.name).split(' ')))
        counts.set(w, (counts.get(w) ?? 0) + 1);
    counts.delete('and');
    expect(Math.max(...counts.values())).toBeLessThan(5000 * 0.05);
    for (const c of companies) expect(c.domain).toMatch(/^[a-z0-9]+\.[a-z.]+$/);
  });

  it('writes rows shaped as the app stores them, with valid Salesforce ids', () => {
    const { customers, contacts } = generateCustomerRows(200, 3);
    expect(customers).toHaveLength(200);
    expect(contacts).toHaveLength(600);
    const c = customers[0]!;
    expect(c.nameKey).toBe(normalizeCompanyName(c.name));
    expect(c.nameTokens.length).toBeGreaterThan(0);
    for (const ref of customers.flatMap((x) => x.crmRefs))
      expect(ref).toMatch(/^(salesforce:Account:[A-Za-z0-9]{18}|hubspot:company:\d+)$/);
    expect(new Set(contacts.map((p) => p.emails[0])).size).toBe(600);
    expect(contacts.every((p) => customers.some((x) => x.id === p.customerId))).toBe(true);
    const id = salesforceId('001', 12345);
    expect(toSalesforceId18(id.slice(0, 15))).toBe(id);
  });

  it('misspells one word by one letter', () => {
    const r = rng(1);
    for (const name of ['Northwind Logistics', 'Kalinex GmbH', 'Zotagen']) {
      const wrong = misspell(name, r);
      expect(wrong).not.toBe(name);
      expect(Math.abs(wrong.length - name.length)).toBeLessThanOrEqual(1);
    }
  });

  it('folds accents into ASCII slugs', () => {
    expect(slug('Zoë Müller')).toBe('zoemuller');
    expect(slug('Ørsted Łódź')).toBe('orstedlodz');
  });

  it('writes a Salesforce contacts export with quoting that survives commas and quotes', () => {
    const csv = salesforceContactsCsv(100, 5);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(101);
    expect(lines[0]).toBe(SALESFORCE_CONTACT_HEADERS.join(','));
  });

  it('builds a Gmail-like page of about the asked size with the open thread visible', () => {
    const page = gmailPage(5000);
    expect(page.elements).toBeGreaterThan(4800);
    expect(page.elements).toBeLessThanOrEqual(5000);
    expect(page.html).toContain('<h2 class="hP"');
    expect(page.html).toContain(`class="gD" email="${page.sender.email}"`);
    expect(page.html).toContain('role="main" class="nH" style="display: none"');
  });
});
