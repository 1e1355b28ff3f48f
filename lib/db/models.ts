import { z } from '../zod';
import { RULE_IDS } from '../readiness/rules';

/**
 * The single source of Callprep's data types. Every row the app writes and every
 * row an import brings in is parsed by one of these schemas; the TypeScript types
 * are inferred from them, never written twice.
 *
 * Times are epoch milliseconds (numbers): they sort and index cheaply in IndexedDB
 * and survive JSON export unchanged. Inputs also accept Date objects and ISO
 * strings (see `timestamp`), because that is what forms and CSV files hold.
 */

export const LIMITS = {
  name: 200,
  shortText: 500,
  longText: 20_000,
  list: 200,
} as const;

export const id = z.string().min(1, 'is missing').max(100, 'is too long');

/** Page-derived and user text: trimmed, whitespace in names collapsed, bounded. */
export const requiredText = (max: number = LIMITS.shortText) =>
  z
    .string({ error: 'is required' })
    .trim()
    .min(1, 'is required')
    .max(max, `must be at most ${max} characters`);

export const optionalText = (max: number = LIMITS.shortText) =>
  z.string().trim().max(max, `must be at most ${max} characters`).default('');

export const personName = z
  .string({ error: 'is required' })
  .transform((s) => s.replace(/\s+/g, ' ').trim())
  .pipe(
    z.string().min(1, 'is required').max(LIMITS.name, `must be at most ${LIMITS.name} characters`),
  );

export const email = z
  .string({ error: 'must be an email address' })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'is not a valid email address' }).max(254));

/** A bare domain such as `acme.com` (no scheme, no path), lower-cased. */
export const domain = z
  .string()
  .trim()
  .toLowerCase()
  .transform((s) =>
    s
      .replace(/^https?:\/\//, '')
      .replace(/^www\./, '')
      .replace(/\/.*$/, ''),
  )
  .pipe(
    z
      .string()
      .regex(
        /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/,
        'is not a valid domain (like acme.com)',
      ),
  );

/**
 * A CRM record reference `system:type:id`, e.g. `salesforce:Account:001...AAA`.
 * Built with `crmRefKey()` from a PageSignal record so that matching is an exact
 * index lookup.
 */
export const crmRef = z
  .string()
  .trim()
  .regex(/^[a-z0-9_-]+:[A-Za-z0-9_.-]+:[^\s:]+$/, 'is not a CRM reference (system:type:id)')
  .max(300);

export function crmRefKey(record: { system: string; type: string; id: string }): string {
  return `${record.system.toLowerCase()}:${record.type}:${record.id}`;
}

/** Epoch ms; also takes a Date or an ISO string, and says so when it is not a date. */
export const timestamp = z.preprocess(
  (v) => {
    if (v instanceof Date) return v.getTime();
    if (typeof v === 'string' && v.trim() !== '') {
      const t = Date.parse(v);
      return Number.isNaN(t) ? v : t;
    }
    return v;
  },
  z
    .number({ error: 'is not a valid date' })
    .int('is not a valid date')
    .min(0, 'is not a valid date')
    .max(8.64e15, 'is not a valid date'),
);

const rowTimes = {
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
};

// ---------------------------------------------------------------- customers
/** A keep-in-touch interval in whole days (a day to ten years). */
export const keepInTouchDays = z
  .number({ error: 'must be a number of days' })
  .int('must be whole days')
  .min(1, 'must be at least 1 day')
  .max(3650, 'must be at most 3650 days');

export const customerSchema = z.object({
  id,
  name: personName,
  /** normalized company name (see lib/match/normalize) for exact name lookups */
  nameKey: z.string(),
  /** the words of nameKey, for narrowing fuzzy search to a few candidates */
  nameTokens: z.array(z.string()),
  domains: z.array(domain).max(LIMITS.list).default([]),
  crmRefs: z.array(crmRef).max(LIMITS.list).default([]),
  industry: optionalText(LIMITS.name),
  about: optionalText(LIMITS.longText),
  /** days between touches before Callprep says "losing touch"; absent: the Settings default */
  keepInTouchDays: keepInTouchDays.optional(),
  /** the customer who introduced them (a referral), kept so the record shows who sent whom */
  referredBy: id.optional(),
  /** rows created by "Load sample workspace", removable in one click */
  sample: z.boolean().default(false),
  ...rowTimes,
});
export type Customer = z.infer<typeof customerSchema>;

export const customerInput = z.object({
  name: personName,
  domains: z.array(domain).max(LIMITS.list).default([]),
  crmRefs: z.array(crmRef).max(LIMITS.list).default([]),
  industry: optionalText(LIMITS.name),
  about: optionalText(LIMITS.longText),
  keepInTouchDays: keepInTouchDays.optional(),
  referredBy: id.optional(),
  sample: z.boolean().default(false),
});
export type CustomerInput = z.input<typeof customerInput>;

// ---------------------------------------------------------------- contacts
export const CONTACT_ROLES = [
  'decision-maker',
  'champion',
  'user',
  'finance',
  'technical',
  'blocker',
  'other',
] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

export const contactSchema = z.object({
  id,
  customerId: id,
  name: personName,
  title: optionalText(LIMITS.name),
  emails: z.array(email).max(20).default([]),
  phone: optionalText(50),
  crmRefs: z.array(crmRef).max(LIMITS.list).default([]),
  /** their part in the buying decision; absent: not known yet */
  role: z.enum(CONTACT_ROLES, { error: 'is not a known role' }).optional(),
  /** the customer who introduced them (a referral), kept so the record shows who sent whom */
  referredBy: id.optional(),
  ...rowTimes,
});
export type Contact = z.infer<typeof contactSchema>;

export const contactInput = contactSchema.omit({ id: true, createdAt: true, updatedAt: true });
export type ContactInput = z.input<typeof contactInput>;

// ---------------------------------------------------------------- goals
export const GOAL_STATUSES = ['open', 'in_progress', 'achieved', 'dropped'] as const;
export const goalStatus = z.enum(GOAL_STATUSES, {
  error: 'must be open, in progress, achieved or dropped',
});

export const goalSchema = z.object({
  id,
  customerId: id,
  /** what the customer wants to accomplish, in their own words */
  statement: requiredText(),
  why: optionalText(),
  measure: optionalText(),
  status: goalStatus.default('open'),
  /** display order: lower first */
  priority: z.number().int().default(0),
  targetDate: timestamp.nullable().default(null),
  progress: z.number({ error: 'must be a number from 0 to 100' }).min(0).max(100).default(0),
  /** a goal of one person at the account rather than of the customer as a whole */
  contactId: id.optional(),
  ...rowTimes,
});
export type Goal = z.infer<typeof goalSchema>;
export const goalInput = goalSchema.omit({ id: true, createdAt: true, updatedAt: true });
export type GoalInput = z.input<typeof goalInput>;

// ---------------------------------------------------------------- meetings
export const MEETING_STATUSES = ['planned', 'done', 'cancelled'] as const;

/** A calendar day as written, "2026-12-18" (no time, no zone). */
const isoDay = z.string().regex(/^\d{4}-\d\d-\d\d$/, 'is not a day (YYYY-MM-DD)');

export const meetingSchema = z.object({
  id,
  customerId: id,
  title: requiredText(LIMITS.name),
  startsAt: timestamp,
  endsAt: timestamp.nullable().default(null),
  templateId: id.nullable().default(null),
  agenda: optionalText(LIMITS.longText),
  status: z.enum(MEETING_STATUSES).default('planned'),
  summary: optionalText(LIMITS.longText),
  /** the calendar event it was prepared from, so "Prepare this meeting" never duplicates */
  externalId: z.string().max(500).nullable().default(null),
  sample: z.boolean().default(false),
  /** when the seller marked the follow-up email sent (a touch); absent: not sent */
  followUpSentAt: timestamp.nullable().optional(),
  /** the calendar occurrence it came from (UID, "#" RECURRENCE-ID): one meeting each (unique index) */
  calendarKey: z.string().min(1).max(2000).optional(),
  /** what last wrote it: "file", or "feed:<id>" (an occurrence gone from that feed is cancelled) */
  calendarSource: z.string().max(200).optional(),
  /** an all-day event: its days as the calendar wrote them; startsAt is local midnight of the first */
  allDay: z.object({ firstDay: isoDay, lastDay: isoDay }).optional(),
  /** cancelled by its calendar (not by the seller), so the calendar may bring it back */
  cancelledByCalendar: z.boolean().optional(),
  /** readiness when the meeting started, written once then (readiness later is not readiness then) */
  readinessAtStart: z
    .object({ percent: z.number().min(0).max(100), ready: z.boolean(), at: timestamp })
    .optional(),
  /** the seller's one-tap "on time / late" after the meeting; absent: on time */
  onTime: z.boolean().optional(),
  ...rowTimes,
});
export type Meeting = z.infer<typeof meetingSchema>;
export const meetingInput = meetingSchema
  .omit({ id: true, createdAt: true, updatedAt: true })
  .refine((m) => m.endsAt === null || m.endsAt >= m.startsAt, {
    message: 'must not be before the start',
    path: ['endsAt'],
  });
export type MeetingInput = z.input<typeof meetingInput>;

// ---------------------------------------------------------------- readiness
/** Items checked automatically from the data: one file each in lib/readiness/rules/. */
export { RULE_IDS };
export const ruleId = z.enum(RULE_IDS);
export type RuleId = z.infer<typeof ruleId>;

export const checklistItemSchema = z.object({
  id,
  meetingId: id,
  text: requiredText(),
  section: optionalText(LIMITS.name),
  required: z.boolean().default(false),
  weight: z.number().min(0).max(10).default(1),
  rule: ruleId.nullable().default(null),
  done: z.boolean().default(false),
  doneAt: timestamp.nullable().default(null),
  order: z.number().default(0),
  ...rowTimes,
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;
export const checklistItemInput = checklistItemSchema.omit({
  id: true,
  createdAt: true,
  updatedAt: true,
});
export type ChecklistItemInput = z.input<typeof checklistItemInput>;

export const templateItemSchema = z.object({
  text: requiredText(),
  section: optionalText(LIMITS.name),
  required: z.boolean().default(false),
  weight: z.number().min(0).max(10).default(1),
  rule: ruleId.nullable().default(null),
});
export type TemplateItem = z.infer<typeof templateItemSchema>;

export const templateSchema = z.object({
  id,
  name: requiredText(LIMITS.name),
  description: optionalText(),
  items: z.array(templateItemSchema).max(LIMITS.list),
  /** shipped with Callprep; editable, and restorable to the default */
  builtin: z.boolean().default(false),
  ...rowTimes,
});
export type Template = z.infer<typeof templateSchema>;
export const templateInput = templateSchema.omit({ id: true, createdAt: true, updatedAt: true });
export type TemplateInput = z.input<typeof templateInput>;

// ---------------------------------------------------------------- commitments
export const commitmentSchema = z.object({
  id,
  customerId: id,
  meetingId: id.nullable().default(null),
  text: requiredText(),
  /** who promised: we (the seller) or they (the customer) */
  owner: z.enum(['us', 'them'], { error: 'must be us or them' }),
  dueAt: timestamp.nullable().default(null),
  status: z.enum(['open', 'done', 'dropped']).default('open'),
  doneAt: timestamp.nullable().default(null),
  ...rowTimes,
});
export type Commitment = z.infer<typeof commitmentSchema>;
export const commitmentInput = commitmentSchema.omit({
  id: true,
  createdAt: true,
  updatedAt: true,
});
export type CommitmentInput = z.input<typeof commitmentInput>;

// ---------------------------------------------------------------- notes
export const noteSchema = z.object({
  id,
  customerId: id,
  meetingId: id.nullable().default(null),
  body: z.string().max(LIMITS.longText * 5, 'is too long'),
  ...rowTimes,
});
export type Note = z.infer<typeof noteSchema>;
export const noteInput = noteSchema.omit({ id: true, createdAt: true, updatedAt: true });
export type NoteInput = z.input<typeof noteInput>;

// ---------------------------------------------------------------- news & questions
/**
 * A link as people type or paste it: "www.example.com/news" or "example.com/x"
 * is the https page (the browser's address bar reads it so too); blank is no
 * link. Anything with a scheme is left for the url check to judge.
 */
function webLinkFromTyped(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const v = value.trim();
  if (v === '') return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(v)) return v;
  return /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(?::\d+)?([/?#]|$)/u.test(v) ? `https://${v}` : v;
}

export const newsSchema = z.object({
  id,
  customerId: id,
  text: requiredText(),
  url: z.preprocess(
    webLinkFromTyped,
    z
      .url({ protocol: /^https?$/, error: 'must be an http(s) link' })
      .max(2000)
      .nullable()
      .default(null),
  ),
  sharedAt: timestamp.nullable().default(null),
  ...rowTimes,
});
export type News = z.infer<typeof newsSchema>;
export const newsInput = newsSchema.omit({ id: true, createdAt: true, updatedAt: true });
export type NewsInput = z.input<typeof newsInput>;

export const questionSchema = z.object({
  id,
  customerId: id,
  text: requiredText(),
  answer: optionalText(LIMITS.longText),
  askedAt: timestamp.nullable().default(null),
  ...rowTimes,
});
export type Question = z.infer<typeof questionSchema>;
export const questionInput = questionSchema.omit({ id: true, createdAt: true, updatedAt: true });
export type QuestionInput = z.input<typeof questionInput>;

// ---------------------------------------------------------------- referrals
export const REFERRAL_KINDS = ['received', 'introduction', 'ask'] as const;
export const REFERRAL_OUTCOMES = ['meeting', 'customer', 'nothing-yet'] as const;

/**
 * The referrals ledger: someone the customer sent us (received), someone we
 * introduced them to (introduction), or our asking them for one (ask). The
 * outcome is a meeting, a customer or nothing yet; an ask's is their answer.
 */
export const referralSchema = z.object({
  id,
  customerId: id,
  kind: z.enum(REFERRAL_KINDS, { error: 'must be received, introduction or ask' }),
  /** whom: names collapsed like every person's name; blank when only an email is known */
  personName: z
    .string()
    .default('')
    .transform((s) => s.replace(/\s+/g, ' ').trim())
    .pipe(z.string().max(LIMITS.name, `must be at most ${LIMITS.name} characters`)),
  personEmail: z.union([email, z.literal('')]).default(''),
  at: timestamp,
  outcome: z
    .union([z.enum(REFERRAL_OUTCOMES), requiredText(LIMITS.shortText)])
    .default('nothing-yet'),
  /** the customer the referred person became */
  referredCustomerId: id.optional(),
  /** the contact the referred person became (at the referring customer or another) */
  referredContactId: id.optional(),
  ...rowTimes,
});
export type Referral = z.infer<typeof referralSchema>;
export const referralInput = referralSchema.omit({ id: true, createdAt: true, updatedAt: true });
export type ReferralInput = z.input<typeof referralInput>;

// ---------------------------------------------------------------- settings
/** A subscribed calendar (an https ICS address) and how its last refresh went. */
export const calendarFeedSchema = z.object({
  id,
  url: z.url({ protocol: /^https$/ }).max(2000),
  /** the one host permission asked for it, e.g. "https://calendar.google.com/*" */
  origin: z.string().max(300),
  addedAt: z.number().int(),
  checkedAt: z.number().int().nullable().default(null),
  /** last refresh that read the calendar (changed or not) */
  updatedAt: z.number().int().nullable().default(null),
  /** the last refresh's problem in words; null when it went well */
  error: z.string().max(1000).nullable().default(null),
  /** SHA-256 of the last text read and the day its window was, to skip an unchanged feed */
  hash: z.string().max(100).nullable().default(null),
  windowDay: z.string().max(10).nullable().default(null),
});
export type CalendarFeed = z.infer<typeof calendarFeedSchema>;

export const settingsSchema = z.object({
  /** the seller's own email domains: never matched as a customer */
  ownDomains: z.array(domain).max(50).default([]),
  /** the seller's own mailboxes (e.g. a free-mail address): never a customer's contact */
  ownEmails: z.array(email).max(50).default([]),
  reminderMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .default(15),
  /** custom hosts the user added (origin patterns granted at run time) */
  customHosts: z.array(z.string().max(300)).max(50).default([]),
  /** built-in sites the user switched off */
  disabledSites: z.array(z.string().max(50)).max(20).default([]),
  welcomed: z.boolean().default(false),
  /** the keep-in-touch interval of a customer who has none of their own */
  keepInTouchDays: keepInTouchDays.default(30),
  /** calendar feeds the seller subscribed to (lib/calendar/feed/), with how each last refresh went */
  calendarFeeds: z.array(calendarFeedSchema).max(10).default([]),
});
export type Settings = z.infer<typeof settingsSchema>;

export const TABLE_SCHEMAS = {
  customers: customerSchema,
  contacts: contactSchema,
  goals: goalSchema,
  meetings: meetingSchema,
  checklistItems: checklistItemSchema,
  templates: templateSchema,
  commitments: commitmentSchema,
  notes: noteSchema,
  news: newsSchema,
  questions: questionSchema,
  referrals: referralSchema,
} as const;
export type TableName = keyof typeof TABLE_SCHEMAS;
export const TABLE_NAMES = Object.keys(TABLE_SCHEMAS) as TableName[];
