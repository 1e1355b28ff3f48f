/**
 * The sample workspace: five made-up customers that show Callprep working in a
 * minute. Times are offsets from "now" so the sample always has a meeting today,
 * one coming up this week, history behind it, one promise of ours overdue, news
 * waiting to be shared, a goal gone quiet and a customer we are losing touch with.
 * Acme and Initech carry most of a year behind them (monthly meetings with
 * readiness recorded at their start, promises both ways, goals achieved and
 * dropped, referrals), so the relationship record and My record have something
 * to say; Northwind and Globex keep their few rows, which tests count.
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
    /** done this long before it was due (an early one) */
    doneEarlyBy?: number;
  }[];
  /** `foundDaysAgo`: news waits to be shared (Today shows its age) */
  news: { text: string; url?: string; foundDaysAgo?: number }[];
  questions: string[];
  /** notes of no meeting, days ago: the last contact of a customer Today says we are losing */
  looseNotes?: { body: string; daysAgo: number }[];
  /** the referrals ledger: whom they sent us, whom we introduced them to, our asks */
  referrals?: SampleReferral[];
  /** the sample customer who introduced this one (its key) */
  referredByKey?: string;
};

export type SampleReferral = {
  kind: 'received' | 'introduction' | 'ask';
  personName: string;
  daysAgo: number;
  /** 'meeting', 'customer', 'nothing-yet', or an ask's answer */
  outcome: string;
  /** the sample customer the referred person became (its key) */
  becameKey?: string;
  /** received: our thank-you promise (due two days after) was done this many days after it */
  thankedAfterDays?: number;
};

type SampleMeeting = SampleCustomer['meetings'][number];

/** Meetings held `daysAgo` days before the sample's clock, an hour each. */
function history(
  held: (Omit<SampleMeeting, 'startsIn' | 'minutes' | 'agenda'> & { daysAgo: number })[],
): SampleMeeting[] {
  return held.map(({ daysAgo, ...m }) => ({
    ...m,
    startsIn: -daysAgo * DAY,
    minutes: 60,
    agenda: '',
  }));
}

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
      {
        statement: 'Move shift handover notes onto tablets',
        why: 'Handover notes on paper get lost between shifts',
        measure: 'Share of shifts with a tablet handover',
        status: 'dropped',
        progress: 20,
        targetInDays: null,
        recordedDaysAgo: 90,
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
      ...history([
        {
          title: 'Line 2 scrap: discovery',
          template: 'discovery',
          daysAgo: 205,
          readinessAtStart: 100,
          summary: 'Scrap on line 2 runs at 4%; nobody sees it until the weekly report.',
        },
        {
          title: 'Scrap tracking pilot kickoff',
          template: 'follow-up',
          daysAgo: 170,
          readinessAtStart: 100,
          summary: 'Sensors on line 2 feed the report hourly. Bill owns the pilot.',
        },
        {
          title: 'Pilot review: first month of scrap data',
          template: 'follow-up',
          daysAgo: 135,
          readinessAtStart: 100,
          summary: 'Scrap down to 2.5%. Tablets for handover notes parked: the union said no.',
        },
        {
          title: 'Quarterly business review',
          template: 'business-review',
          daysAgo: 100,
          readinessAtStart: 100,
          summary: 'Scrap at 1.6%. Next: the ISO 9001 re-audit.',
        },
        {
          title: 'Line 2 results',
          template: 'follow-up',
          daysAgo: 60,
          readinessAtStart: 100,
          summary: 'Scrap under 1% for six weeks running: goal achieved.',
        },
        {
          title: 'Audit preparation',
          template: 'follow-up',
          daysAgo: 12,
          readinessAtStart: 100,
          summary: 'Which of our reports the auditor will want to see.',
        },
      ]),
    ],
    commitments: [
      { text: 'Audit checklist mapped to our reports', owner: 'us', dueIn: 2 * DAY },
      {
        text: 'Send line 2 scrap logs for the last quarter',
        owner: 'them',
        dueIn: -200 * DAY,
        done: true,
      },
      { text: 'Send the scrap dashboard mock-up', owner: 'us', dueIn: -165 * DAY, done: true },
      {
        text: 'Map the line 2 sensors to the report',
        owner: 'us',
        dueIn: -130 * DAY,
        done: true,
        doneEarlyBy: 2 * DAY,
      },
      { text: 'Send the QBR summary', owner: 'us', dueIn: -98 * DAY, done: true },
      { text: 'Weekly scrap report to Bill', owner: 'us', dueIn: -55 * DAY, done: true },
    ],
    news: [{ text: 'A plant like theirs cut audit prep from 3 weeks to 4 days with our reports' }],
    questions: [],
    referrals: [
      {
        kind: 'introduction',
        personName: 'Karen Holt',
        daysAgo: 45,
        outcome: 'meeting',
      },
    ],
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
      {
        statement: 'Build the weekly forecast in under an hour, not a day',
        why: 'A day-long build meant forecasts reached stores on Tuesday',
        measure: 'Hours from data cut-off to forecasts published',
        status: 'achieved',
        progress: 100,
        targetInDays: -60,
        recordedDaysAgo: 72,
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
      ...history([
        {
          title: 'Kickoff: forecasts for 40 pilot stores',
          template: 'discovery',
          daysAgo: 320,
          readinessAtStart: 100,
          summary: 'Pilot with 40 stores; Lena wants forecasts by Monday 8am.',
        },
        {
          title: 'Pilot review',
          template: 'follow-up',
          daysAgo: 280,
          readinessAtStart: 100,
          summary: 'Pilot stores plan staff from the forecast. Roll out to all 300.',
        },
        {
          title: 'Rollout plan: all 300 stores',
          template: 'follow-up',
          daysAgo: 245,
          readinessAtStart: 100,
          late: true,
          summary: 'Rollout in three waves. The northern stores get data last.',
        },
        {
          title: 'Monthly check-in',
          template: 'follow-up',
          daysAgo: 210,
          readinessAtStart: 70,
          summary: 'The northern stores missed Monday 8am twice: the build takes all day.',
        },
        {
          title: 'Quarterly business review',
          template: 'business-review',
          daysAgo: 175,
          readinessAtStart: 100,
          summary: 'Goal agreed: the weekly build in under an hour.',
        },
        {
          title: 'Monthly check-in: forecast accuracy',
          template: 'follow-up',
          daysAgo: 140,
          readinessAtStart: 100,
          summary: 'Accuracy up 6 points since the pilot.',
        },
        {
          title: 'Forecast build: results',
          template: 'follow-up',
          daysAgo: 75,
          readinessAtStart: 100,
          summary: 'The build runs in 40 minutes. Lena will introduce us to Tandem’s CFO.',
        },
        {
          title: 'Quarterly business review',
          template: 'business-review',
          daysAgo: 42,
          readinessAtStart: 100,
          summary: 'Three stores still late on Mondays. Renewal talks to start in December.',
        },
        {
          title: 'Monthly check-in: renewal preparation',
          template: 'follow-up',
          daysAgo: 9,
          readinessAtStart: 100,
          summary: 'Lena will bring her finance lead to the renewal conversation.',
        },
      ]),
    ],
    commitments: [
      {
        text: 'Send the pilot stores’ forecast accuracy report',
        owner: 'us',
        dueIn: -275 * DAY,
        done: true,
      },
      {
        text: 'Send the list of stores for each rollout wave',
        owner: 'them',
        dueIn: -240 * DAY,
        done: true,
      },
      {
        text: 'Share the rollout checklist',
        owner: 'us',
        dueIn: -238 * DAY,
        done: true,
        doneEarlyBy: DAY,
      },
      {
        text: 'Fix the Monday 8am delivery for the northern stores',
        owner: 'us',
        dueIn: -200 * DAY,
        done: true,
        doneLateBy: 4 * DAY,
      },
      {
        text: 'Send the holiday season calendar',
        owner: 'them',
        dueIn: -150 * DAY,
        done: true,
        doneLateBy: 2 * DAY,
      },
      { text: 'Send the QBR deck and notes', owner: 'us', dueIn: -172 * DAY, done: true },
      {
        text: 'Move the forecast build to the new cluster',
        owner: 'us',
        dueIn: -95 * DAY,
        done: true,
      },
      {
        text: 'Send the plan for the three stores late on Mondays',
        owner: 'us',
        dueIn: -40 * DAY,
        done: true,
      },
    ],
    news: [{ text: 'New forecast accuracy report: their stores are in the top quartile' }],
    questions: ['What would make next year a clear success for Lena’s team?'],
    referrals: [
      {
        kind: 'introduction',
        personName: 'Sam Patel',
        daysAgo: 120,
        outcome: 'meeting',
      },
      {
        kind: 'ask',
        personName: '',
        daysAgo: 70,
        outcome: 'Yes: Oliver Grant, CFO at Tandem Retail',
      },
      {
        kind: 'received',
        personName: 'Oliver Grant',
        daysAgo: 50,
        outcome: 'customer',
        becameKey: 'tandem',
        thankedAfterDays: 1,
      },
    ],
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
    referredByKey: 'acme',
    looseNotes: [
      {
        body: 'Met Oliver at Retail Week (Lena at Acme introduced us): stock counts take two days a month in every store. Call him back in the new year.',
        daysAgo: 40,
      },
    ],
  },
];

export const SAMPLE_TIME = { HOUR, DAY };
