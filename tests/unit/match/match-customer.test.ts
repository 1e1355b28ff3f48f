import { describe, expect, it, vi } from 'vitest';
import { CONFIDENCE, matchCustomer, oneTypoAway } from '@/lib/match/match-customer';
import {
  addContact,
  addCustomer,
  bulkCustomers,
  SF_ACCOUNT_ID,
  SF_CONTACT_ID,
  signal,
  testDb,
} from './helpers';

const none = { ownDomains: [] as string[] };
const own = { ownDomains: ['callprep.app'] };

describe('matchCustomer: rules', () => {
  it('returns null when nothing matches (and on an empty page)', async () => {
    const db = testDb();
    await addCustomer(db, { name: 'Acme', domains: ['acme.com'] });
    expect(await matchCustomer(signal(), db, none)).toBeNull();
    expect(
      await matchCustomer(
        signal({ people: [{ email: 'x@unknown.io', role: 'from' }], company: 'Nobody Known' }),
        db,
        none,
      ),
    ).toBeNull();
  });

  it('matches a CRM record ref stored on the customer, with confidence 1', async () => {
    const db = testDb();
    const acme = await addCustomer(db, {
      name: 'Acme',
      crmRefs: [`salesforce:Account:${SF_ACCOUNT_ID}`],
    });
    const m = await matchCustomer(
      signal({
        site: 'salesforce',
        view: 'record',
        record: { system: 'salesforce', type: 'Account', id: SF_ACCOUNT_ID },
        people: [],
        title: 'Something Else Entirely',
      }),
      db,
      none,
    );
    expect(m).toMatchObject({
      customerId: acme.id,
      name: 'Acme',
      confidence: 1,
      via: 'crm',
      reason: `Salesforce Account ${SF_ACCOUNT_ID}`,
      ambiguous: false,
      candidates: [],
    });
    expect(m!.contactId).toBeUndefined();
  });

  it('matches a CRM record ref stored on a contact, and names the contact', async () => {
    const db = testDb();
    const acme = await addCustomer(db, { name: 'Acme' });
    const ada = await addContact(db, {
      customerId: acme.id,
      name: 'Ada Lovelace',
      crmRefs: [`salesforce:Contact:${SF_CONTACT_ID}`],
    });
    const m = await matchCustomer(
      signal({
        site: 'salesforce',
        view: 'record',
        record: { system: 'salesforce', type: 'Contact', id: SF_CONTACT_ID },
        people: [{ name: 'Ada Lovelace', role: 'subject' }],
      }),
      db,
      none,
    );
    expect(m).toMatchObject({ customerId: acme.id, contactId: ada.id, confidence: 1, via: 'crm' });
    expect(m!.reason).toBe(`Salesforce Contact ${SF_CONTACT_ID} (Ada Lovelace)`);
  });

  it('describes LinkedIn and other systems in words', async () => {
    const db = testDb();
    const acme = await addCustomer(db, { name: 'Acme' });
    await addContact(db, {
      customerId: acme.id,
      name: 'Ada',
      crmRefs: ['linkedin:in:ada-lovelace'],
    });
    const m = await matchCustomer(
      signal({
        site: 'linkedin',
        view: 'profile',
        record: { system: 'linkedin', type: 'in', id: 'ada-lovelace' },
      }),
      db,
      none,
    );
    expect(m?.reason).toBe('LinkedIn profile ada-lovelace (Ada)');
  });

  it('matches a contact email exactly, with ~0.95 and the contact', async () => {
    const db = testDb();
    const acme = await addCustomer(db, { name: 'Acme' });
    const ada = await addContact(db, {
      customerId: acme.id,
      name: 'Ada',
      emails: ['ada@acme.com'],
    });
    const m = await matchCustomer(
      signal({ people: [{ name: 'Ada', email: 'ada@acme.com', role: 'from' }] }),
      db,
      none,
    );
    expect(m).toMatchObject({
      customerId: acme.id,
      contactId: ada.id,
      confidence: CONFIDENCE.email,
      via: 'email',
      reason: 'contact email ada@acme.com',
    });
    expect(CONFIDENCE.email).toBeCloseTo(0.95);
  });

  it('matches a contact’s exact free-mail address (exact addresses are evidence)', async () => {
    const db = testDb();
    const acme = await addCustomer(db, { name: 'Acme' });
    await addContact(db, { customerId: acme.id, name: 'Joe', emails: ['joe.private@gmail.com'] });
    const m = await matchCustomer(
      signal({ people: [{ email: 'joe.private@gmail.com', role: 'from' }] }),
      db,
      none,
    );
    expect(m).toMatchObject({ customerId: acme.id, via: 'email' });
  });

  it('matches an email domain, with ~0.85', async () => {
    const db = testDb();
    const acme = await addCustomer(db, { name: 'Acme', domains: ['acme.com'] });
    const m = await matchCustomer(
      signal({ people: [{ name: 'Bob', email: 'bob@acme.com', role: 'from' }] }),
      db,
      none,
    );
    expect(m).toMatchObject({
      customerId: acme.id,
      confidence: CONFIDENCE.domain,
      via: 'domain',
      reason: 'email domain acme.com',
      ambiguous: false,
    });
    expect(m!.contactId).toBeUndefined();
  });

  it('matches a subdomain of a customer’s domain, a little less surely', async () => {
    const db = testDb();
    const acme = await addCustomer(db, { name: 'Acme', domains: ['acme.co.uk'] });
    const m = await matchCustomer(
      signal({ people: [{ email: 'bob@eu.mail.acme.co.uk', role: 'from' }] }),
      db,
      none,
    );
    expect(m).toMatchObject({ customerId: acme.id, via: 'domain' });
    expect(m!.confidence).toBeLessThan(CONFIDENCE.domain);
    expect(m!.confidence).toBeGreaterThan(CONFIDENCE.company);
    expect(m!.reason).toBe('email domain eu.mail.acme.co.uk');
  });

  it('never matches on a free-mail domain', async () => {
    const db = testDb();
    // A careless import could give a customer a free-mail domain: it must never decide.
    await addCustomer(db, {
      name: 'Personal',
      domains: ['gmail.com', 'hotmail.co.uk', 'yahoo.fr'],
    });
    for (const email of ['someone@gmail.com', 'x@hotmail.co.uk', 'y@yahoo.fr', 'z@GMAIL.com']) {
      expect(
        await matchCustomer(signal({ people: [{ email, role: 'from' }] }), db, none),
      ).toBeNull();
    }
  });

  it('never matches on the user’s own domains (or their subdomains)', async () => {
    const db = testDb();
    const self = await addCustomer(db, { name: 'Callprep', domains: ['callprep.app'] });
    await addContact(db, { customerId: self.id, name: 'Me', emails: ['me@callprep.app'] });
    for (const email of ['me@callprep.app', 'colleague@eu.callprep.app']) {
      expect(
        await matchCustomer(signal({ people: [{ email, role: 'from' }] }), db, own),
      ).toBeNull();
    }
    // …while without the setting it would have matched.
    expect(
      await matchCustomer(
        signal({ people: [{ email: 'me@callprep.app', role: 'from' }] }),
        db,
        none,
      ),
    ).not.toBeNull();
  });

  it('matches the normalized company name, with ~0.75', async () => {
    const db = testDb();
    const acme = await addCustomer(db, { name: 'Acme' });
    for (const company of ['ACME, Inc.', 'The Acme Corp.', 'Acme GmbH', 'acme  llc', 'Acme Ltd.']) {
      const m = await matchCustomer(signal({ site: 'hubspot', view: 'record', company }), db, none);
      expect(m, company).toMatchObject({
        customerId: acme.id,
        confidence: CONFIDENCE.company,
        via: 'company',
        reason: `company name “${company}”`,
      });
    }
  });

  it('matches accents and punctuation in names', async () => {
    const db = testDb();
    const sg = await addCustomer(db, { name: 'Société Générale S.A.' });
    const m = await matchCustomer(signal({ company: 'SOCIETE GENERALE' }), db, none);
    expect(m?.customerId).toBe(sg.id);
  });

  it('uses the record title on an account page without a company', async () => {
    const db = testDb();
    const acme = await addCustomer(db, { name: 'Acme Inc.' });
    const m = await matchCustomer(
      signal({
        site: 'salesforce',
        view: 'record',
        record: { system: 'salesforce', type: 'Account', id: SF_ACCOUNT_ID },
        title: 'ACME',
      }),
      db,
      none,
    );
    expect(m).toMatchObject({ customerId: acme.id, via: 'company' });
    // …but never a mail subject.
    expect(await matchCustomer(signal({ title: 'Acme' }), db, none)).toBeNull();
  });

  it('finds a similar name by whole-name edit distance, scaled to at most 0.6', async () => {
    const db = testDb();
    const initech = await addCustomer(db, { name: 'Initech Software' });
    await addCustomer(db, { name: 'Globex' });
    const m = await matchCustomer(signal({ company: 'Initec Softwares' }), db, none);
    expect(m).toMatchObject({ customerId: initech.id, via: 'fuzzy' });
    expect(m!.confidence).toBeGreaterThan(0);
    expect(m!.confidence).toBeLessThanOrEqual(0.6);
    expect(m!.reason).toBe('similar name “Initec Softwares”');
    expect(m!.candidates.map((c) => c.name)).not.toContain('Globex');
  });

  it('does not call unrelated names similar', async () => {
    const db = testDb();
    await addCustomer(db, { name: 'Globex' });
    await addCustomer(db, { name: 'Umbrella Corporation' });
    expect(await matchCustomer(signal({ company: 'Initech' }), db, none)).toBeNull();
  });

  it('narrows fuzzy candidates through the nameTokens index (no table scan)', async () => {
    const db = testDb();
    await bulkCustomers(db, 1500, (i) => ({
      id: `c${i}`,
      name: `company ${i.toString(36)} widgets`,
    }));
    const target = await addCustomer(db, { name: 'Zebulon Dynamics' });
    const scans = [
      vi.spyOn(db.customers, 'toArray'),
      vi.spyOn(db.customers, 'each'),
      vi.spyOn(db.customers, 'filter'),
      vi.spyOn(db.customers, 'toCollection'),
      vi.spyOn(db.contacts, 'toArray'),
      vi.spyOn(db.contacts, 'filter'),
      vi.spyOn(db.contacts, 'toCollection'),
    ];
    const m = await matchCustomer(signal({ company: 'Zebulon Dynamix' }), db, none);
    expect(m?.customerId).toBe(target.id);
    for (const s of scans) expect(s).not.toHaveBeenCalled();
  });

  it('caps the fuzzy candidate set even when a prefix is very common', async () => {
    const db = testDb();
    await bulkCustomers(db, 1200, (i) => ({
      id: `t${i}`,
      name: `tech ${i}`,
      nameTokens: ['tech', String(i)],
    }));
    const m = await matchCustomer(signal({ company: 'Tech 7x' }), db, none);
    expect(m).not.toBeNull();
    expect(m!.via).toBe('fuzzy');
    expect(m!.candidates.length).toBeLessThanOrEqual(10);
  });
});

describe('matchCustomer: fuzzy candidate pool', () => {
  it('a common word never crowds out the rare word that names the company', async () => {
    const db = testDb();
    await bulkCustomers(db, 900, (i) => ({
      id: `!${i}`, // sorts before any uuid: first in every index scan
      name: `Alpha${i} Solutions`,
    }));
    const zebulon = await addCustomer(db, { name: 'Zebulon Solutions' });
    const m = await matchCustomer(signal({ company: 'Zebulonn Solutions' }), db, none);
    expect(m).toMatchObject({ customerId: zebulon.id, via: 'fuzzy' });
  });
});

describe('matchCustomer: a typo in the first letters', () => {
  it('finds the customer through a word one swapped letter away, however many share its other word', async () => {
    const db = testDb();
    await bulkCustomers(db, 900, (i) => ({
      id: `!${i}`, // sorts before any uuid: first in every index scan
      name: `Rox${i} Logistics`,
    }));
    const rorokivia = await addCustomer(db, { name: 'Rorokivia Logistics' });
    const m = await matchCustomer(signal({ company: 'Rrookivia Logistics' }), db, none);
    expect(m).toMatchObject({ customerId: rorokivia.id, via: 'fuzzy', ambiguous: false });
  });

  it('lists the words a dropped or swapped letter explains, and none for short words', () => {
    expect(oneTypoAway('zebulonn')).toContain('zebulon');
    expect(oneTypoAway('jnusaster')).toContain('junsaster');
    expect(oneTypoAway('rrookivia')).toContain('rorokivia');
    expect(oneTypoAway('zebulonn')).not.toContain('zebulonn');
    expect(oneTypoAway('abc')).toEqual([]);
  });
});

describe('matchCustomer: order, candidates and ambiguity', () => {
  it('ranks crm → email → domain → company, lists runners-up best first, deduped', async () => {
    const db = testDb();
    const byCrm = await addCustomer(db, {
      name: 'Crm Co',
      crmRefs: [`salesforce:Opportunity:006Ht00000AbCdEIAV`],
    });
    const byEmail = await addCustomer(db, { name: 'Email Co' });
    await addContact(db, { customerId: byEmail.id, name: 'Ada', emails: ['ada@email.example'] });
    const byDomain = await addCustomer(db, { name: 'Domain Co', domains: ['domain.example'] });
    const byName = await addCustomer(db, { name: 'Named Co Ltd', domains: ['named.example'] });
    const m = await matchCustomer(
      signal({
        site: 'salesforce',
        view: 'record',
        record: { system: 'salesforce', type: 'Opportunity', id: '006Ht00000AbCdEIAV' },
        company: 'Named',
        people: [
          { email: 'ada@email.example', role: 'to' },
          { email: 'bob@domain.example', role: 'to' },
          { email: 'carol@domain.example', role: 'cc' },
        ],
      }),
      db,
      none,
    );
    expect(m).toMatchObject({ customerId: byCrm.id, via: 'crm', ambiguous: false });
    expect(m!.candidates.map((c) => [c.customerId, c.via])).toEqual([
      [byEmail.id, 'email'],
      [byDomain.id, 'domain'],
      [byName.id, 'company'],
    ]);
  });

  it('keeps one entry per customer, with its strongest reason', async () => {
    const db = testDb();
    const acme = await addCustomer(db, { name: 'Acme', domains: ['acme.com'] });
    await addContact(db, { customerId: acme.id, name: 'Ada', emails: ['ada@acme.com'] });
    const m = await matchCustomer(
      signal({
        company: 'Acme',
        people: [
          { email: 'bob@acme.com', role: 'from' },
          { email: 'ada@acme.com', role: 'cc' },
        ],
      }),
      db,
      none,
    );
    expect(m).toMatchObject({
      customerId: acme.id,
      via: 'email',
      candidates: [],
      ambiguous: false,
    });
  });

  it('two customers sharing a domain: ambiguous, both listed, not a guess', async () => {
    const db = testDb();
    const a = await addCustomer(db, { name: 'Acme Europe', domains: ['acme.com'] });
    const b = await addCustomer(db, { name: 'Acme US', domains: ['acme.com'] });
    const m = await matchCustomer(
      signal({ people: [{ email: 'x@acme.com', role: 'from' }] }),
      db,
      none,
    );
    expect(m!.ambiguous).toBe(true);
    expect([m!.customerId, ...m!.candidates.map((c) => c.customerId)].sort()).toEqual(
      [a.id, b.id].sort(),
    );
    expect(m!.candidates[0]!.confidence).toBe(m!.confidence);
  });

  it('a shared domain is settled when another rule agrees with one of them', async () => {
    const db = testDb();
    await addCustomer(db, { name: 'Acme Europe', domains: ['acme.com'] });
    const us = await addCustomer(db, { name: 'Acme US', domains: ['acme.com'] });
    const m = await matchCustomer(
      signal({ company: 'Acme US, Inc.', people: [{ email: 'x@acme.com', role: 'from' }] }),
      db,
      none,
    );
    expect(m).toMatchObject({ customerId: us.id, via: 'domain', ambiguous: false });
    expect(m!.candidates).toHaveLength(1);
  });

  it('a thread with the seller and a customer: the external party wins', async () => {
    const db = testDb();
    // The seller's own company is also in the customer list (e.g. from a CRM export).
    await addCustomer(db, { name: 'Callprep', domains: ['callprep.app'] });
    const acme = await addCustomer(db, { name: 'Acme', domains: ['acme.com'] });
    const m = await matchCustomer(
      signal({
        people: [
          { name: 'Me', email: 'me@callprep.app', role: 'from' },
          { name: 'Ada', email: 'ada@acme.com', role: 'to' },
          { name: 'Colleague', email: 'boss@callprep.app', role: 'cc' },
        ],
      }),
      db,
      own,
    );
    expect(m).toMatchObject({ customerId: acme.id, ambiguous: false, candidates: [] });
  });

  it('free-mail people never decide by domain: the company party wins', async () => {
    const db = testDb();
    await addCustomer(db, { name: 'Oops', domains: ['gmail.com'] });
    const acme = await addCustomer(db, { name: 'Acme', domains: ['acme.com'] });
    const m = await matchCustomer(
      signal({
        people: [
          { email: 'someone@gmail.com', role: 'from' },
          { email: 'ada@acme.com', role: 'to' },
        ],
      }),
      db,
      own,
    );
    expect(m).toMatchObject({ customerId: acme.id, ambiguous: false, candidates: [] });
  });

  it('two external customers with equal evidence: "from" comes first, but ambiguous', async () => {
    const db = testDb();
    const acme = await addCustomer(db, { name: 'Acme', domains: ['acme.com'] });
    const globex = await addCustomer(db, { name: 'Globex', domains: ['globex.com'] });
    const m = await matchCustomer(
      signal({
        people: [
          { email: 'me@callprep.app', role: 'to' },
          { email: 'gina@globex.com', role: 'cc' },
          { email: 'ada@acme.com', role: 'from' },
        ],
      }),
      db,
      own,
    );
    expect(m).toMatchObject({ customerId: acme.id, ambiguous: true });
    expect(m!.candidates.map((c) => c.customerId)).toEqual([globex.id]);
  });

  it('a stronger rule for one external party is not ambiguous', async () => {
    const db = testDb();
    await addCustomer(db, { name: 'Acme', domains: ['acme.com'] });
    const globex = await addCustomer(db, { name: 'Globex', domains: ['globex.com'] });
    await addContact(db, { customerId: globex.id, name: 'Gina', emails: ['gina@globex.com'] });
    const m = await matchCustomer(
      signal({
        people: [
          { email: 'ada@acme.com', role: 'from' },
          { email: 'gina@globex.com', role: 'cc' },
        ],
      }),
      db,
      own,
    );
    expect(m).toMatchObject({ customerId: globex.id, via: 'email', ambiguous: false });
  });

  it('on a CRM page the record’s subject is preferred over other people', async () => {
    const db = testDb();
    const acme = await addCustomer(db, { name: 'Acme', domains: ['acme.com'] });
    await addCustomer(db, { name: 'Globex', domains: ['globex.com'] });
    const m = await matchCustomer(
      signal({
        site: 'hubspot',
        view: 'record',
        record: { system: 'hubspot', type: 'deal', id: '12345' },
        people: [
          { email: 'gina@globex.com', role: 'from' },
          { email: 'ada@acme.com', role: 'subject' },
        ],
      }),
      db,
      none,
    );
    expect(m!.customerId).toBe(acme.id);
  });

  it('two similar names: a choice, not a guess', async () => {
    const db = testDb();
    await addCustomer(db, { name: 'Initech Software East' });
    await addCustomer(db, { name: 'Initech Software West' });
    const m = await matchCustomer(signal({ company: 'Initech Softwar' }), db, none);
    expect(m!.via).toBe('fuzzy');
    expect(m!.ambiguous).toBe(true);
    expect(m!.candidates).toHaveLength(1);
  });

  it('ignores contacts whose customer no longer exists', async () => {
    const db = testDb();
    await addContact(db, { customerId: 'gone', name: 'Ghost', emails: ['ghost@acme.com'] });
    expect(
      await matchCustomer(
        signal({ people: [{ email: 'ghost@acme.com', role: 'from' }] }),
        db,
        none,
      ),
    ).toBeNull();
  });
});

describe('matchCustomer: composing', () => {
  it('the sender of a message being composed is the seller, even without own domains set', async () => {
    const db = testDb();
    await addCustomer(db, { name: 'Seller Inc', domains: ['seller.example'] });
    const acme = await addCustomer(db, { name: 'Acme', domains: ['acme.com'] });
    const m = await matchCustomer(
      signal({
        view: 'compose',
        people: [
          { email: 'me@seller.example', role: 'from' },
          { email: 'ada@acme.com', role: 'to' },
        ],
      }),
      db,
      none,
    );
    expect(m).toMatchObject({ customerId: acme.id, ambiguous: false, candidates: [] });
  });
});
