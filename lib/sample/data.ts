/**
 * The sample workspace: five made-up customers that show Callprep working in a
 * minute. Times are offsets from "now" so the sample always has a meeting today,
 * one coming up this week, history behind it, one promise of ours overdue, news
 * waiting to be shared, a goal gone quiet and a customer we are losing touch with.
 */
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

export type SampleCustomer = {
  key: string;
  name: string;
  industry: string;
  about: string;
  domains: string[];
  crmRefs: string[];
  contacts: { name: string; title: string; emails: string[]; crmRefs?: string[] }[];
  goals: {
    statement: string;
    why: string;
    measure: string;
    status: 'open' | 'in_progress' | 'achieved' | 'dropped';
    progress: number;
    targetInDays: number | null;
    /** when it was written down (and progress last recorded), days ago; default now */
    recordedDaysAgo?: number;
  }[];
  meetings: {
    title: string;
    template: string;
    /** offset from now */
    startsIn: number;
    minutes: number;
    agenda: string;
    /** past meetings: what was said */
    summary?: string;
    notes?: string[];
    /** indexes of checklist items already ticked */
    ticked?: number[];
    /** past meetings: readiness recorded at the start (the relationship record), in % */
    readinessAtStart?: number;
    /** past meetings: the seller marked it late */
    late?: boolean;
  }[];
  commitments: {
    text: string;
    owner: 'us' | 'them';
    dueIn: number | null;
    done?: boolean;
    /** done this long after it was due (a late promise, for the record) */
    doneLateBy?: number;
  }[];
  /** `foundDaysAgo`: news waits to be shared (Today shows its age) */
  news: { text: string; url?: string; foundDaysAgo?: number }[];
  questions: string[];
  /** notes of no meeting, days ago: the last contact of a customer Today says we are losing */
  looseNotes?: { body: string; daysAgo: number }[];
};

export const SAMPLE_CUSTOMERS: SampleCustomer[] = [
  {
    key: 'northwind',
    name: 'Northwind Logistics',
    industry: 'Logistics',
    about: 'Regional freight and warehousing, 40 depots, growing fast in the north-east.',
    domains: ['northwind-logistics.com'],
    crmRefs: ['salesforce:Account:0015g00000NwLgsAAF', 'hubspot:company:9120034501'],
    contacts: [
      {
        name: 'Maya Lindqvist',
        title: 'VP Operations',
        emails: ['maya.lindqvist@northwind-logistics.com'],
        crmRefs: ['salesforce:Contact:0035g00000AdAlVAAV'],
      },
      {
        name: 'Tom Okafor',
        title: 'Head of Training',
        emails: ['tom.okafor@northwind-logistics.com'],
      },
    ],
    goals: [
      {
        statement: 'Cut onboarding time for new depot staff from 6 weeks to 2',
        why: 'Peak season hiring: every week a new hire is not productive costs them a missed delivery window',
        measure: 'Weeks from first day to working a shift alone',
        status: 'in_progress',
        progress: 40,
        targetInDays: 120,
      },
      {
        statement: 'Open the Leeds depot without adding office staff',
        why: 'Margins are thin; growth has to come from the same back office',
        measure: 'Back-office headcount flat while depots go from 40 to 41',
        status: 'open',
        progress: 0,
        targetInDays: 200,
      },
    ],
    meetings: [
      {
        title: 'Onboarding pilot: week 4 check-in',
        template: 'follow-up',
        startsIn: 2 * HOUR,
        minutes: 45,
        agenda: '1. Pilot numbers so far\n2. What slowed the Hull depot\n3. Plan for Leeds',
        ticked: [0],
      },
      {
        title: 'Discovery with Tom (training)',
        template: 'discovery',
        startsIn: -14 * DAY,
        minutes: 60,
        readinessAtStart: 100,
        agenda: 'How training works today, and what they wish it did',
        summary:
          'Training is shadowing-only. Tom wants checklists on the handhelds. Pilot agreed at Hull.',
        notes: [
          'Tom: "Half of week one is people waiting for someone to show them the scanner."',
          'Pilot at Hull depot, 12 new hires, starts on the 1st.',
        ],
      },
    ],
    commitments: [
      { text: 'Send the security review answers', owner: 'us', dueIn: -2 * DAY },
      { text: 'Share Hull pilot hire dates', owner: 'them', dueIn: 3 * DAY },
      {
        text: 'Intro to the Rotterdam customer reference',
        owner: 'us',
        dueIn: -10 * DAY,
        done: true,
        doneLateBy: 3 * DAY,
      },
    ],
    news: [
      {
        text: 'Our handheld app now works offline: fits their depots with poor signal',
        url: 'https://example.com/release-notes/offline',
        foundDaysAgo: 6,
      },
    ],
    questions: [
      'What would "productive" mean for a new hire in week two?',
      'Who else must agree before Leeds uses this?',
    ],
  },
  {
    key: 'globex',
    name: 'Globex Health',
    industry: 'Healthcare',
    about: 'Network of 18 outpatient clinics.',
    domains: ['globexhealth.com'],
    crmRefs: ['salesforce:Account:0015g00000GbXhAAAV', 'hubspot:company:9120034502'],
    contacts: [
      { name: 'Priya Raman', title: 'COO', emails: ['priya.raman@globexhealth.com'] },
      { name: 'Daniel Weiss', title: 'IT Director', emails: ['d.weiss@globexhealth.com'] },
    ],
    goals: [
      {
        statement: 'Get patients seen within 15 minutes of their appointment time',
        why: 'Waiting times are their top complaint in reviews',
        measure: 'Median wait, from check-in to room',
        status: 'open',
        progress: 10,
        targetInDays: 90,
        recordedDaysAgo: 35,
      },
    ],
    meetings: [
      {
        title: 'Proposal review',
        template: 'proposal-review',
        startsIn: 1 * DAY + 3 * HOUR,
        minutes: 60,
        agenda: '',
      },
      {
        title: 'Discovery call',
        template: 'discovery',
        startsIn: -21 * DAY,
        minutes: 45,
        readinessAtStart: 60,
        late: true,
        agenda: 'Clinic flow, scheduling today',
        summary: 'Scheduling is fine; the bottleneck is room turnover. They want a live board.',
        notes: ['Priya measures everything in median wait. Use her numbers, not ours.'],
      },
    ],
    commitments: [
      { text: 'Send the proposal', owner: 'us', dueIn: 6 * HOUR },
      { text: 'Send clinic floor plans', owner: 'them', dueIn: -1 * DAY },
    ],
    news: [],
    questions: ['Which clinic would be the best first site, and why?'],
  },
  {
    key: 'initech',
    name: 'Initech Manufacturing',
    industry: 'Manufacturing',
    about: 'Precision parts; two plants.',
    domains: ['initech.io'],
    crmRefs: ['salesforce:Account:0015g00000InTcHAAV'],
    contacts: [{ name: 'Bill Lumbergh', title: 'Plant Manager', emails: ['bill@initech.io'] }],
    goals: [
      {
        statement: 'Reduce scrap on line 2 from 4% to under 1%',
        why: 'Scrap on line 2 eats the margin of their biggest contract',
        measure: 'Scrap rate, weekly',
        status: 'achieved',
        progress: 100,
        targetInDays: -30,
      },
      {
        statement: 'Pass the ISO 9001 re-audit with no major findings',
        why: 'Their biggest customer requires it',
        measure: 'Audit findings',
        status: 'open',
        progress: 30,
        targetInDays: 60,
      },
    ],
    meetings: [
      {
        title: 'Quarterly business review',
        template: 'business-review',
        startsIn: 3 * DAY,
        minutes: 60,
        agenda: 'Scrap results, audit preparation, next quarter',
      },
    ],
    commitments: [{ text: 'Audit checklist mapped to our reports', owner: 'us', dueIn: 2 * DAY }],
    news: [{ text: 'A plant like theirs cut audit prep from 3 weeks to 4 days with our reports' }],
    questions: [],
  },
  {
    key: 'acme',
    name: 'Acme Analytics',
    industry: 'Software',
    about: 'Data platform for retailers; renewal in 45 days.',
    domains: ['acme-analytics.com'],
    crmRefs: ['salesforce:Account:0015g00000AcMeZAAV'],
    contacts: [
      { name: 'Lena Fischer', title: 'Head of Data', emails: ['lena@acme-analytics.com'] },
    ],
    goals: [
      {
        statement: 'Ship weekly forecasts to every store manager by Monday 8am',
        why: 'Store managers plan staff on Monday mornings',
        measure: 'Share of stores with a forecast by 8am Monday',
        status: 'in_progress',
        progress: 75,
        targetInDays: 30,
      },
    ],
    meetings: [
      {
        title: 'Renewal conversation',
        template: 'renewal',
        startsIn: 5 * DAY,
        minutes: 45,
        agenda: 'Value this year; renewal terms',
      },
    ],
    commitments: [],
    news: [{ text: 'New forecast accuracy report: their stores are in the top quartile' }],
    questions: ['What would make next year a clear success for Lena’s team?'],
  },
  {
    key: 'tandem',
    name: 'Tandem Retail Group',
    industry: 'Retail',
    about: 'Fashion retailer, 120 stores. Early conversations.',
    domains: ['tandemretail.co.uk'],
    crmRefs: ['hubspot:company:9120034505'],
    contacts: [{ name: 'Oliver Grant', title: 'CFO', emails: ['oliver.grant@tandemretail.co.uk'] }],
    goals: [],
    meetings: [],
    commitments: [],
    news: [],
    questions: [],
    looseNotes: [
      {
        body: 'Met Oliver at Retail Week: stock counts take two days a month in every store. Call him back in the new year.',
        daysAgo: 40,
      },
    ],
  },
];

export const SAMPLE_TIME = { HOUR, DAY };
