/**
 * Deterministic data for the benchmarks: customers and contacts with realistic,
 * varied names (so the name indexes have a realistic spread), a Salesforce-style
 * contacts CSV, and a large Gmail-like page. Pure and dependency-light: it runs in
 * Node (unit tests, page generation) and inside the browser (bundled by esbuild).
 */
import type { Contact, Customer } from '../../lib/db/models';
import { nameTokens, normalizeCompanyName } from '../../lib/match/normalize';
import { toSalesforceId18 } from '../../lib/recognize/salesforce-id';

/** mulberry32: a tiny seeded PRNG, so every run benchmarks the same data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(r: () => number, list: readonly T[]): T =>
  list[Math.floor(r() * list.length)]!;

// ---------------------------------------------------------------- word lists
const BRAND = [
  'Northwind',
  'Contoso',
  'Fabrikam',
  'Globex',
  'Initech',
  'Umbrella',
  'Stark',
  'Wayne',
  'Tandem',
  'Vertex',
  'Summit',
  'Harbor',
  'Pioneer',
  'Beacon',
  'Cascade',
  'Evergreen',
  'Granite',
  'Ironwood',
  'Juniper',
  'Keystone',
  'Lakeside',
  'Meridian',
  'Nimbus',
  'Orchid',
  'Pinnacle',
  'Quantum',
  'Redwood',
  'Sterling',
  'Trident',
  'Unity',
  'Vanguard',
  'Willow',
  'Zenith',
  'Atlas',
  'Bluebird',
  'Copper',
  'Delta',
  'Ember',
  'Falcon',
  'Golden',
  'Horizon',
  'Indigo',
  'Jasper',
  'Kestrel',
  'Lumen',
  'Maple',
  'Nova',
  'Oakridge',
  'Polaris',
  'Quarry',
  'Riverside',
  'Sapphire',
  'Timber',
  'Upland',
  'Velvet',
  'Westbrook',
  'Yellowstone',
  'Alder',
  'Birch',
  'Cedar',
  'Dune',
  'Elm',
  'Fjord',
  'Glacier',
  'Heron',
  'Isle',
  'Kite',
  'Lynx',
  'Mistral',
  'Nordic',
  'Osprey',
  'Prairie',
  'Ridge',
  'Solstice',
  'Tundra',
  'Aurora',
  'Brightwater',
  'Crescent',
  'Driftwood',
  'Foxglove',
  'Greystone',
  'Highland',
  'Larkspur',
  'Moorland',
  'Norrland',
  'Oldcastle',
  'Portside',
  'Silverline',
  'Thornbury',
  'Whitfield',
  'Zürich',
  'Malmö',
  'Łódź',
  'Besançon',
  'Gdańsk',
  'Köln',
  'Ørsted',
  'Sønderborg',
] as const;
const ADJECTIVE = [
  'Blue',
  'Red',
  'Green',
  'Silver',
  'United',
  'Global',
  'First',
  'Prime',
  'Modern',
  'Royal',
  'Bright',
  'Swift',
  'Clear',
  'True',
  'Open',
  'Smart',
  'Rapid',
  'Coastal',
  'Central',
  'Northern',
  'Southern',
  'Eastern',
  'Western',
  'Alpine',
  'Urban',
  'Civic',
  'Allied',
  'Advanced',
  'Precision',
  'Integrated',
] as const;
const INDUSTRY = [
  'Logistics',
  'Freight',
  'Health',
  'Healthcare',
  'Analytics',
  'Software',
  'Systems',
  'Labs',
  'Foods',
  'Retail',
  'Energy',
  'Solar',
  'Power',
  'Motors',
  'Aerospace',
  'Robotics',
  'Pharma',
  'Biotech',
  'Insurance',
  'Capital',
  'Partners',
  'Consulting',
  'Media',
  'Studios',
  'Design',
  'Architecture',
  'Construction',
  'Builders',
  'Textiles',
  'Apparel',
  'Outfitters',
  'Brewing',
  'Dairy',
  'Farms',
  'Mining',
  'Metals',
  'Plastics',
  'Chemicals',
  'Telecom',
  'Networks',
  'Cloud',
  'Security',
  'Dental',
  'Clinics',
  'Hotels',
  'Travel',
  'Airlines',
  'Shipping',
  'Marine',
  'Rail',
] as const;
const LEGAL = [
  '',
  '',
  '',
  '',
  'Inc.',
  'Ltd',
  'LLC',
  'GmbH',
  'AG',
  'S.A.',
  'B.V.',
  'plc',
  'Corp.',
  'Co.',
  'SE',
  'AB',
  'Oy',
  'Pty Ltd',
  'GmbH & Co. KG',
  'S.r.l.',
] as const;
export const FIRST_NAMES = [
  'Maya',
  'Tom',
  'Priya',
  'Daniel',
  'Bill',
  'Lena',
  'Oliver',
  'Ada',
  'Grace',
  'Alan',
  'Zoë',
  'Hank',
  'Peter',
  'Wile',
  'Sofia',
  'Lucas',
  'Emma',
  'Noah',
  'Mia',
  'Liam',
  'Olivia',
  'Elias',
  'Amara',
  'Kenji',
  'Yuki',
  'Aisha',
  'Omar',
  'Fatima',
  'Mateo',
  'Camila',
  'Björn',
  'Ingrid',
  'Søren',
  'Freya',
  'Jakub',
  'Zofia',
  'Luca',
  'Giulia',
  'Pierre',
  'Chloé',
  'Raj',
  'Ananya',
  'Chen',
  'Wei',
  'Kwame',
  'Adwoa',
  'Diego',
  'Lucía',
  'Hannah',
  'Jonas',
  'Nora',
  'Finn',
  'Isabel',
  'Tariq',
  'Leila',
  'Mikhail',
  'Olga',
  'Sean',
  'Aoife',
  'Rhys',
] as const;
export const LAST_NAMES = [
  'Lindqvist',
  'Okafor',
  'Raman',
  'Weiss',
  'Lumbergh',
  'Fischer',
  'Grant',
  'Lovelace',
  'Hopper',
  'Turing',
  'Müller',
  'Scorpio',
  'Gibbons',
  'Coyote',
  'García',
  'Martin',
  'Smith',
  'Johnson',
  'Brown',
  'Nguyen',
  'Kim',
  'Patel',
  'Singh',
  'Khan',
  'Rossi',
  'Bianchi',
  'Dubois',
  'Lefèvre',
  'Schmidt',
  'Schneider',
  'Nowak',
  'Kowalski',
  'Novák',
  'Hansen',
  'Jensen',
  'Nielsen',
  'Johansson',
  'Virtanen',
  'Korhonen',
  "O'Brien",
  'Murphy',
  'Kelly',
  'Walsh',
  'Tanaka',
  'Sato',
  'Suzuki',
  'Wang',
  'Li',
  'Zhang',
  'Mensah',
  'Boateng',
  'Silva',
  'Santos',
  'Costa',
  'Ivanov',
  'Petrova',
  'Cohen',
  'Levi',
  'Haddad',
  'Van der Berg',
  'De Vries',
  'Jansen',
] as const;
const TITLES = [
  'VP Operations',
  'Head of Training',
  'COO',
  'CFO',
  'CTO',
  'IT Director',
  'Plant Manager',
  'Head of Data',
  'Procurement Lead',
  'Office Manager',
  'Engineer',
  'Head of Sales',
  'Geschäftsführerin',
  'Directeur commercial',
  'Product Owner',
  'Finance Controller',
] as const;
const TLDS = ['com', 'com', 'com', 'io', 'co.uk', 'de', 'fr', 'nl', 'se', 'net', 'eu', 'com.au'];
export const FREE_MAIL = ['gmail.com', 'outlook.com', 'yahoo.com', 'gmx.de', 'icloud.com'];
const CITIES = ['New York', 'Berlin', 'London', 'Austin', 'Leeds', 'Lyon', 'Malmö', 'Kraków'];

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function base62(n: number, width: number): string {
  let s = '';
  for (let i = 0; i < width; i++) {
    s = BASE62[n % 62] + s;
    n = Math.floor(n / 62);
  }
  return s;
}

/** A valid 18-character Salesforce id for record `n` of the given key prefix ('001' accounts, '003' contacts). */
export function salesforceId(prefix: string, n: number): string {
  return toSalesforceId18(`${prefix}5g0000${base62(n, 6)}`)!;
}

const slugs = new Map<string, string>();

/** Lower-case ASCII slug for domains and emails: "Zürich Köln" → "zurichkoln". */
export function slug(text: string): string {
  let s = slugs.get(text);
  if (s === undefined) {
    s = slugOf(text);
    if (slugs.size < 10_000) slugs.set(text, s);
  }
  return s;
}

function slugOf(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ø/gi, 'o')
    .replace(/ł/gi, 'l')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

const SYLLABLE_START = [
  'Ka',
  'Zo',
  'Vi',
  'Lu',
  'Me',
  'No',
  'Tri',
  'Bra',
  'Cor',
  'Dex',
  'El',
  'Fen',
  'Gra',
  'Hy',
  'Io',
  'Jun',
  'Kel',
  'Lo',
  'Mar',
  'Ner',
  'Om',
  'Pra',
  'Quin',
  'Ro',
  'Sil',
  'Ta',
  'Ul',
  'Ver',
  'Wen',
  'Xa',
  'Yor',
  'Zen',
];
const SYLLABLE_MID = [
  '',
  '',
  'ra',
  'li',
  'no',
  'ta',
  've',
  'mi',
  'ro',
  'sa',
  'de',
  'ki',
  'lu',
  'na',
];
const SYLLABLE_END = [
  'lix',
  'ra',
  'tek',
  'via',
  'ion',
  'ora',
  'nex',
  'dia',
  'vo',
  'ly',
  'ster',
  'gen',
  'far',
  'mond',
  'sys',
  'ano',
  'eon',
  'ix',
  'um',
  'et',
];

/** An invented brand ("Kalinex", "Verotek"): real customer lists are full of them. */
export function brandName(r: () => number): string {
  return (
    pick(r, SYLLABLE_START) + pick(r, SYLLABLE_MID) + pick(r, SYLLABLE_MID) + pick(r, SYLLABLE_END)
  );
}

/** A company name, built from one of a few realistic shapes. */
export function companyName(r: () => number): string {
  const legal = pick(r, LEGAL);
  let base: string;
  const shape = r();
  if (shape < 0.25) base = brandName(r);
  else if (shape < 0.4) base = `${brandName(r)} ${pick(r, INDUSTRY)}`;
  else if (shape < 0.55) base = `${pick(r, BRAND)} ${pick(r, INDUSTRY)}`;
  else if (shape < 0.65) base = `${pick(r, ADJECTIVE)} ${pick(r, BRAND)} ${pick(r, INDUSTRY)}`;
  else if (shape < 0.75) base = `${pick(r, LAST_NAMES)} & ${pick(r, LAST_NAMES)}`;
  else if (shape < 0.85) base = `${pick(r, ADJECTIVE)} ${brandName(r)}`;
  else base = `${pick(r, LAST_NAMES)} ${pick(r, LAST_NAMES)} ${pick(r, INDUSTRY)}`;
  return legal ? `${base} ${legal}` : base;
}

export type GeneratedCompany = {
  name: string;
  domain: string;
  accountId: string;
  industry: string;
};

/**
 * `count` distinct companies (distinct normalized names and domains). Names that
 * would repeat get a region or a number, as real customer lists do.
 */
export function generateCompanies(count: number, seed = 1): GeneratedCompany[] {
  const r = rng(seed);
  const keys = new Set<string>();
  const domains = new Set<string>();
  const out: GeneratedCompany[] = [];
  const regions = ['Nordic', 'UK', 'Americas', 'Iberia', 'Benelux', 'DACH', 'Asia', 'East'];
  for (let i = 0; out.length < count; i++) {
    let name = companyName(r);
    let key = normalizeCompanyName(name);
    // A taken name: draw again; when the space runs thin, add a region or a number.
    for (let n = 0; keys.has(key); n++) {
      if (n < 20) name = companyName(r);
      else if (n < 24) name = `${name.split(' ')[0]} ${pick(r, regions)} ${name}`;
      else name = `${companyName(r)} ${n}`;
      key = normalizeCompanyName(name);
    }
    keys.add(key);
    const words = key.split(' ').filter((w) => w !== 'and');
    let domain = `${slug(words.slice(0, 2).join(''))}.${pick(r, TLDS)}`;
    for (let n = 2; domains.has(domain); n++)
      domain = domain.replace(/^([a-z0-9]+?)\d*\./, `$1${n}.`);
    domains.add(domain);
    out.push({
      name,
      domain,
      accountId: salesforceId('001', i),
      industry: pick(r, INDUSTRY),
    });
  }
  return out;
}

export type GeneratedPerson = {
  firstName: string;
  lastName: string;
  name: string;
  email: string;
  title: string;
};

/** A person at `domain` (or on free mail, one in `freeMailShare`); `n` keeps addresses unique. */
export function person(r: () => number, domain: string, n: number, freeMailShare = 0.05) {
  const firstName = pick(r, FIRST_NAMES);
  const lastName = pick(r, LAST_NAMES);
  const local = `${slug(firstName)}.${slug(lastName)}`;
  const free = r() < freeMailShare;
  const email = free ? `${local}${n}@${pick(r, FREE_MAIL)}` : `${local}${n > 0 ? n : ''}@${domain}`;
  return { firstName, lastName, name: `${firstName} ${lastName}`, email, title: pick(r, TITLES) };
}

/**
 * Rows shaped exactly as the app writes them (lib/db/models), `contactsPerCustomer`
 * contacts each. Most customers carry a Salesforce ref, some a HubSpot one too.
 */
export function generateCustomerRows(
  count: number,
  contactsPerCustomer: number,
  options: { seed?: number; now?: number; idPrefix?: string } = {},
): { customers: Customer[]; contacts: Contact[]; companies: GeneratedCompany[] } {
  const now = options.now ?? 1_700_000_000_000;
  const prefix = options.idPrefix ?? 'bench';
  const r = rng((options.seed ?? 1) + 7);
  const companies = generateCompanies(count, options.seed ?? 1);
  const customers: Customer[] = [];
  const contacts: Contact[] = [];
  companies.forEach((co, i) => {
    const key = normalizeCompanyName(co.name);
    const crmRefs: string[] = [];
    if (r() < 0.7) crmRefs.push(`salesforce:Account:${co.accountId}`);
    if (r() < 0.2) crmRefs.push(`hubspot:company:${9_100_000_000 + i}`);
    const id = `${prefix}-c-${i}`;
    customers.push({
      id,
      name: co.name,
      nameKey: key,
      nameTokens: nameTokens(key),
      domains: [co.domain],
      crmRefs,
      industry: co.industry,
      about: '',
      sample: false,
      createdAt: now,
      updatedAt: now,
    });
    for (let j = 0; j < contactsPerCustomer; j++) {
      const p = person(r, co.domain, j);
      const n = i * contactsPerCustomer + j;
      contacts.push({
        id: `${prefix}-p-${n}`,
        customerId: id,
        name: p.name,
        title: p.title,
        emails: [p.email],
        phone: '',
        crmRefs: r() < 0.5 ? [`salesforce:Contact:${salesforceId('003', n)}`] : [],
        createdAt: now,
        updatedAt: now,
      });
    }
  });
  return { customers, contacts, companies };
}

/** Misspells a name the way people do: a dropped, doubled or swapped letter. */
export function misspell(name: string, r: () => number): string {
  const words = name.split(' ');
  // Misspell the longest word (the distinctive one), keep the rest.
  let w = 0;
  words.forEach((word, i) => {
    if (word.length > words[w]!.length) w = i;
  });
  const word = words[w]!;
  if (word.length < 4) return `${name}s`;
  const at = 1 + Math.floor(r() * (word.length - 2));
  const kind = r();
  let out: string;
  if (kind < 0.34) out = word.slice(0, at) + word.slice(at + 1);
  else if (kind < 0.67) out = word.slice(0, at) + word[at] + word.slice(at);
  else out = word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  words[w] = out;
  return words.join(' ');
}

// ---------------------------------------------------------------- CSV
function csvCell(value: string): string {
  return /[",\n\r]/.test(value) || value === '' ? `"${value.replace(/"/g, '""')}"` : value;
}

export const SALESFORCE_CONTACT_HEADERS = [
  'Contact Owner',
  'First Name',
  'Last Name',
  'Title',
  'Email',
  'Account Name',
  'Account ID',
  'Contact ID',
  'Phone',
  'Mailing City',
];

/**
 * A Salesforce report export of `rows` contacts over rows / contactsPerAccount
 * accounts, with the quirks real exports have: quoted commas, accents, free-mail
 * addresses, a few blank emails and account ids.
 */
export function salesforceContactsCsv(rows: number, contactsPerAccount = 5, seed = 3): string {
  const r = rng(seed);
  const companies = generateCompanies(Math.max(1, Math.ceil(rows / contactsPerAccount)), seed);
  const lines = [SALESFORCE_CONTACT_HEADERS.map(csvCell).join(',')];
  for (let i = 0; i < rows; i++) {
    const co = companies[Math.floor(i / contactsPerAccount)]!;
    const p = person(r, co.domain, i % contactsPerAccount, 0.04);
    const email =
      r() < 0.02 ? '' : r() < 0.5 ? p.email : p.email.replace(/^./, (c) => c.toUpperCase());
    const accountId = r() < 0.01 ? '' : co.accountId.slice(0, 15);
    lines.push(
      [
        'Dana Seller',
        p.firstName,
        p.lastName,
        p.title,
        email,
        co.name,
        accountId,
        salesforceId('003', i).slice(0, 15),
        r() < 0.5 ? `+1 212 555 ${String(i % 10000).padStart(4, '0')}` : '',
        pick(r, CITIES),
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}

// ---------------------------------------------------------------- Gmail-like page
export const GMAIL_THREAD_URL =
  'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTzKxBnRLwLpnXbbqvwGkCRsK';

export type GmailPage = {
  html: string;
  /** elements in the generated document */
  elements: number;
  subject: string;
  sender: { name: string; email: string };
};

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A Gmail-like document of about `targetElements` elements: the open thread (the
 * visible role="main": subject h2.hP, expanded messages with span.gD[email]
 * senders, .hb recipient lines, .a3s bodies with signature links), a hidden inbox
 * list Gmail keeps in the DOM (rows with span.zF/.yP[email]), the label nav and a
 * chat roster. Plus `window.__bench.start(ms, perSecond)`: mutates the DOM the way
 * Gmail does (clock and presence churn, new rows arriving in the hidden list).
 */
export function gmailPage(targetElements = 5000, seed = 5): GmailPage {
  const r = rng(seed);
  let elements = 0;
  const el = (tag: string, attrs: Record<string, string>, inner = ''): string => {
    elements++;
    const a = Object.entries(attrs)
      .map(([k, v]) => ` ${k}="${escapeHtml(v)}"`)
      .join('');
    return `<${tag}${a}>${inner}</${tag}>`;
  };
  const companies = generateCompanies(60, seed);
  const me = { name: 'Dana Seller', email: 'dana@seller.example' };
  const customer = companies[0]!;
  const sender = person(r, customer.domain, 0, 0);
  const subject = `Re: ${customer.name} — pilot numbers and next steps`;

  const header = el(
    'header',
    { class: 'gb_Ua', role: 'banner' },
    el('input', { 'aria-label': 'Search mail', name: 'q', class: 'gb_Ue' }) +
      el('span', { class: 'bench-clock' }, '09:00:00') +
      el('img', { class: 'gb_Ka', alt: me.name, src: 'data:,' }),
  );
  const labels = ['Inbox', 'Starred', 'Snoozed', 'Sent', 'Drafts', 'Clients', 'Follow-up'];
  let nav = '';
  for (let i = 0; i < 40; i++) {
    const label = labels[i % labels.length]! + (i >= labels.length ? ` ${i}` : '');
    nav += el(
      'div',
      { class: 'aim' },
      el('a', { href: `#label/${label}`, class: 'J-Ke n0', title: label }, escapeHtml(label)) +
        el('span', { class: 'bsU' }, String(i)),
    );
  }

  // The open thread: 8 messages between the customer and us.
  let thread = el(
    'h2',
    { class: 'hP', 'data-thread-perm-id': 'thread-f:1790' },
    escapeHtml(subject),
  );
  for (let m = 0; m < 8; m++) {
    const fromThem = m % 2 === 0;
    const from = fromThem ? sender : me;
    const to = fromThem ? me : sender;
    const sig = person(r, companies[1 + (m % 20)]!.domain, m, 0);
    let body = '';
    for (let p = 0; p < 6; p++)
      body += el(
        'div',
        { dir: 'ltr' },
        `Paragraph ${p} of message ${m}: numbers, dates and plans.`,
      );
    body += el(
      'div',
      { class: 'gmail_signature' },
      el('a', { href: `mailto:${sig.email}` }, escapeHtml(sig.name)) +
        el('span', {}, escapeHtml(companies[1 + (m % 20)]!.name)),
    );
    thread += el(
      'div',
      { class: 'gs' },
      el(
        'div',
        { class: 'gE iv gt' },
        el('span', { class: 'gD', email: from.email, name: from.name }, escapeHtml(from.name)) +
          el('span', { class: 'go' }, `&lt;${escapeHtml(from.email)}&gt;`) +
          el(
            'div',
            { class: 'hb' },
            'to ' +
              el('span', { class: 'g2', email: to.email, name: to.name }, escapeHtml(to.name)),
          ) +
          el('span', { class: 'g3', title: 'Tue, 4 Mar, 10:0' + m }, `10:0${m}`),
      ) + el('div', { class: 'a3s aiL' }, body),
    );
  }
  const threadMain = el('div', { role: 'main', class: 'nH' }, thread);

  // Chat roster: presence dots that flip all the time.
  let roster = '';
  for (let i = 0; i < 30; i++) {
    const p = person(r, companies[i % companies.length]!.domain, i, 0.2);
    roster += el(
      'div',
      { class: 'bench-presence off' },
      el('span', { class: 'dot' }) + el('span', { class: 'who' }, escapeHtml(p.name)),
    );
  }
  const chat = el('div', { class: 'bench-chat', role: 'complementary' }, roster);

  // The hidden inbox list fills the rest, as Gmail's cached list view does.
  const row = (i: number): string => {
    const co = companies[i % companies.length]!;
    const p = person(r, co.domain, i % 5, 0.1);
    return el(
      'tr',
      { class: 'zA zE' },
      el('td', { class: 'oZ-x3' }, el('div', { role: 'checkbox', class: 'oZ-jc' })) +
        el('td', { class: 'apU' }, el('span', { class: 'T-KT', title: 'Not starred' })) +
        el(
          'td',
          { class: 'yX' },
          el('span', { class: 'zF', email: p.email, name: p.name }, escapeHtml(p.name)),
        ) +
        el(
          'td',
          { class: 'xY' },
          el('span', { class: 'bog' }, `${escapeHtml(co.name)} update ${i}`) +
            el('span', { class: 'y2' }, ' - a short snippet of the message'),
        ) +
        el('td', { class: 'xW' }, el('span', { title: 'Mar 4' }, 'Mar 4')),
    );
  };
  const fixed = elements + 8; // html, head, title, style, body, script, and wrappers below
  const rowElements = (() => {
    const before = elements;
    row(0);
    const n = elements - before;
    elements = before;
    return n;
  })();
  const rowCount = Math.max(1, Math.floor((targetElements - fixed) / rowElements));
  let rows = '';
  for (let i = 0; i < rowCount; i++) rows += row(i);
  const listMain = el(
    'div',
    { role: 'main', class: 'nH', style: 'display: none' },
    el('table', { class: 'F cf zt' }, el('tbody', {}, rows)),
  );
  const navEl = el('div', { class: 'aeN', role: 'navigation' }, nav);
  const content = el('div', { class: 'AO' }, listMain + threadMain);
  elements += 6; // html, head, title, style, body, script
  const script = `
window.__bench = (() => {
  let mutations = 0, timer = 0, tick = 0, fresh = 0;
  const clock = document.querySelector('.bench-clock');
  const roster = document.querySelectorAll('.bench-presence');
  const tbody = document.querySelector('table.zt tbody');
  function mutate() {
    tick++;
    const k = tick % 10;
    if (k < 5) clock.textContent = new Date(1741082400000 + tick * 10).toISOString().slice(11, 23);
    else if (k < 9) roster[tick % roster.length].classList.toggle('off');
    else {
      // a new message arrives in the (hidden) list: add a row on top, drop the last
      const copy = tbody.lastElementChild.cloneNode(true);
      copy.querySelector('.bog').textContent = 'New message ' + (++fresh);
      tbody.lastElementChild.remove();
      tbody.prepend(copy);
    }
    mutations++;
  }
  return {
    start(ms, perSecond) {
      mutations = 0;
      const every = 1000 / perSecond, t0 = performance.now();
      return new Promise((resolve) => {
        let due = t0;
        timer = setInterval(() => {
          const now = performance.now();
          while (due <= now && due - t0 < ms) { mutate(); due += every; }
          if (now - t0 >= ms) { clearInterval(timer); resolve(mutations); }
        }, every);
      });
    },
    get mutations() { return mutations; },
  };
})();`;
  const html =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>' +
    escapeHtml(`${subject} - ${me.email} - Gmail`) +
    '</title><style>body{font:13px sans-serif;margin:0}.off .dot{opacity:.3}.aeN{float:left;width:200px}.AO{margin-left:210px}</style></head><body>' +
    header +
    navEl +
    content +
    chat +
    `<script>${script}</script></body></html>`;
  return { html, elements, subject, sender: { name: sender.name, email: sender.email } };
}

// ---------------------------------------------------------------- fuzzy-name sets
/** Letters next to each other on a QWERTY keyboard: the substitutions people make. */
const KEYBOARD_NEIGHBOURS: Record<string, string> = {
  a: 'qsz',
  b: 'vgn',
  c: 'xdv',
  d: 'sfe',
  e: 'wrd',
  f: 'dgr',
  g: 'fht',
  h: 'gjy',
  i: 'uok',
  j: 'hku',
  k: 'jli',
  l: 'ko',
  m: 'nj',
  n: 'bmh',
  o: 'ipl',
  p: 'ol',
  q: 'wa',
  r: 'etf',
  s: 'adw',
  t: 'ryg',
  u: 'yij',
  v: 'cfb',
  w: 'qes',
  x: 'zsc',
  y: 'tuh',
  z: 'xa',
};

/**
 * One typo of the kinds people make, anywhere in a word of three letters or more
 * (rarely the first letter): a dropped, doubled, swapped, neighbouring-key or
 * stray letter. Harder than `misspell`, which only touches the longest word.
 */
export function typo(name: string, r: () => number): string {
  const words = name.split(' ');
  const eligible = words.flatMap((w, i) =>
    w.length >= 3 && !(LEGAL as readonly string[]).includes(w) ? [i] : [],
  );
  if (eligible.length === 0) return `${name}s`;
  // Longer words hold more letters, so more typos.
  const weights = eligible.map((i) => words[i]!.length);
  let pickAt = r() * weights.reduce((a, b) => a + b, 0);
  let w = eligible[0]!;
  for (let k = 0; k < eligible.length; k++) {
    pickAt -= weights[k]!;
    if (pickAt <= 0) {
      w = eligible[k]!;
      break;
    }
  }
  const word = words[w]!;
  const at = r() < 0.1 ? 0 : 1 + Math.floor(r() * (word.length - 1));
  const ch = word[at]!;
  const lower = ch.toLowerCase();
  const kind = r();
  let out: string;
  if (kind < 0.25) out = word.slice(0, at) + word.slice(at + 1);
  else if (kind < 0.45) out = word.slice(0, at) + ch + word.slice(at);
  else if (kind < 0.65 && at + 1 < word.length)
    out = word.slice(0, at) + word[at + 1] + ch + word.slice(at + 2);
  else if (kind < 0.85 && KEYBOARD_NEIGHBOURS[lower]) {
    const n = pick(r, [...KEYBOARD_NEIGHBOURS[lower]!]);
    out = word.slice(0, at) + (ch === lower ? n : n.toUpperCase()) + word.slice(at + 1);
  } else out = word.slice(0, at) + pick(r, [...'aeiounrst']) + word.slice(at);
  words[w] = out;
  return words.join(' ');
}

const UNRELATED_START = [
  'Quor',
  'Bex',
  'Thal',
  'Mirv',
  'Osk',
  'Drum',
  'Plen',
  'Skar',
  'Wob',
  'Glim',
];
const UNRELATED_END = ['ath', 'ello', 'unda', 'irk', 'oph', 'yst', 'arn', 'ugo'];
const UNRELATED_NOUN = [
  'Bakery',
  'Orchard',
  'Harbour',
  'Kitchen',
  'Foundry',
  'Atelier',
  'Vineyard',
  'Brewery',
  'Pharmacy',
  'Garage',
  'Dairy',
  'Sawmill',
];

export type FuzzyCase = { query: string; customerIndex: number | null };

export type FuzzySets = {
  singleTypos: FuzzyCase[];
  doubleTypos: FuzzyCase[];
  lookAlikes: FuzzyCase[];
  unrelated: FuzzyCase[];
};

/**
 * The sets the fuzzy matchers are judged on, from the bench's own customers:
 * misspellings of a customer (one typo, two typos) that must find it, and names
 * that exist nowhere that must find nobody: look-alikes (a customer's name with
 * one word changed, or a brand's ending changed) and unrelated names. A name
 * within two edits of some customer is left out of those two: it cannot be told
 * from a typo of that customer (`tooClose` says which names are).
 */
export function fuzzySets(
  names: readonly string[],
  tooClose: (name: string) => boolean,
  sizes = { single: 1000, double: 200, lookAlike: 40, unrelated: 40 },
  seed = 19,
): FuzzySets {
  const r = rng(seed);
  const keys = new Set(names.map((n) => normalizeCompanyName(n)));
  const misspelled = (count: number, edits: number): FuzzyCase[] => {
    const out: FuzzyCase[] = [];
    while (out.length < count) {
      const i = Math.floor(r() * names.length);
      let query = names[i]!;
      for (let e = 0; e < edits; e++) query = typo(query, r);
      const key = normalizeCompanyName(query);
      // A typo that lands on another customer's name (or back on its own) is not a typo.
      if (!keys.has(key)) out.push({ query, customerIndex: i });
    }
    return out;
  };
  const nowhere = (count: number, make: () => string): FuzzyCase[] => {
    const out: FuzzyCase[] = [];
    const seen = new Set<string>();
    for (let tries = 0; out.length < count && tries < count * 200; tries++) {
      const query = make();
      const key = normalizeCompanyName(query);
      if (keys.has(key) || seen.has(key) || tooClose(query)) continue;
      seen.add(key);
      out.push({ query, customerIndex: null });
    }
    return out;
  };
  const lookAlike = (): string => {
    const words = pick(r, names).split(' ');
    const kind = r();
    const w = Math.floor(r() * words.length);
    if (kind < 0.4) words[w] = pick(r, INDUSTRY);
    else if (kind < 0.8) {
      const word = words[w]!;
      words[w] = word.slice(0, Math.max(2, word.length - 3)) + pick(r, SYLLABLE_END);
    } else words.splice(w, 0, pick(r, ADJECTIVE));
    return words.join(' ');
  };
  const unrelated = (): string =>
    `${pick(r, UNRELATED_START)}${pick(r, UNRELATED_END)} ${pick(r, UNRELATED_NOUN)}`;
  return {
    singleTypos: misspelled(sizes.single, 1),
    doubleTypos: misspelled(sizes.double, 2),
    lookAlikes: nowhere(sizes.lookAlike, lookAlike),
    unrelated: nowhere(sizes.unrelated, unrelated),
  };
}
