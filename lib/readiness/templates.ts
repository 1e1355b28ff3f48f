import type { TemplateItem } from '../db/models';

/**
 * The five checklists Callprep ships with. Each is short and opinionated: selling
 * is service, so every list starts from what the customer wants to do, then
 * keeping our word, bringing something of value, showing up well, and knowing our
 * own line. Items with a `rule` are checked automatically from the data (see
 * rules.ts); the rest are ticked by the seller.
 */
export type DefaultTemplate = {
  key: string;
  name: string;
  description: string;
  items: TemplateItem[];
};

type Draft = Partial<TemplateItem> & { text: string; section: string };

const SECTION = {
  goals: 'Know their goals',
  word: 'Keep your word',
  value: 'Bring value',
  there: 'Be there',
  line: 'Your line',
} as const;

const item = (d: Draft): TemplateItem => ({ required: false, weight: 1, rule: null, ...d });

// Items most templates share, so they read the same everywhere.
const rereadGoals = item({
  text: 'Re-read what they want to accomplish',
  section: SECTION.goals,
  required: true,
  weight: 2,
  rule: 'has-open-goal',
});
const promisesKept = item({
  text: 'No promise of ours is overdue',
  section: SECTION.word,
  required: true,
  weight: 2,
  rule: 'no-overdue-commitment',
});
const newsToShare = item({
  text: 'Bring news or an idea worth sharing',
  section: SECTION.value,
  rule: 'has-news',
});
const agendaSet = item({
  text: 'Agenda set and sent',
  section: SECTION.there,
  required: true,
  rule: 'agenda-set',
});
const lastNotes = item({
  text: "Read last meeting's notes",
  section: SECTION.goals,
  rule: 'last-meeting-notes',
});
const onTime = item({
  text: 'Leave ten minutes early; be on time with a buffer',
  section: SECTION.there,
});
const kitReady = item({ text: 'Laptop charged, call link tested', section: SECTION.there });
const dressed = item({ text: 'Dressed for their world', section: SECTION.there, weight: 0.5 });

export const DEFAULT_TEMPLATES: DefaultTemplate[] = [
  {
    key: 'discovery',
    name: 'Discovery',
    description: 'A first conversation: learn what they want to do, and why.',
    items: [
      item({
        text: 'Three questions about what they want to do',
        section: SECTION.goals,
        required: true,
        weight: 2,
      }),
      item({ text: 'Read their site, news and the attendees’ profiles', section: SECTION.goals }),
      newsToShare,
      agendaSet,
      onTime,
      kitReady,
      dressed,
      item({ text: 'Know what a good next step would be for them', section: SECTION.line }),
    ],
  },
  {
    key: 'follow-up',
    name: 'Follow-up',
    description: 'Pick up where you left off, with every promise kept.',
    items: [
      lastNotes,
      rereadGoals,
      promisesKept,
      item({ text: 'Three questions about what they want to do', section: SECTION.goals }),
      newsToShare,
      agendaSet,
      onTime,
      kitReady,
    ],
  },
  {
    key: 'proposal-review',
    name: 'Proposal review',
    description: 'Walk through the proposal against the goals it serves.',
    items: [
      rereadGoals,
      item({
        text: 'The proposal went out on time',
        section: SECTION.word,
        required: true,
        weight: 2,
      }),
      promisesKept,
      item({
        text: 'Map each part of the proposal to one of their goals',
        section: SECTION.goals,
        required: true,
      }),
      agendaSet,
      item({ text: 'Know your walk-away', section: SECTION.line, required: true }),
      item({
        text: 'No unnecessary discount: know what you would trade for it',
        section: SECTION.line,
      }),
      onTime,
      kitReady,
    ],
  },
  {
    key: 'business-review',
    name: 'Business review',
    description: 'Show progress on their goals, and what comes next.',
    items: [
      rereadGoals,
      item({
        text: 'Progress on each goal, with their measure',
        section: SECTION.goals,
        required: true,
        weight: 2,
      }),
      promisesKept,
      lastNotes,
      newsToShare,
      item({ text: 'An idea for their next goal', section: SECTION.value }),
      agendaSet,
      item({ text: 'Ask for a referral or a reference, if earned', section: SECTION.value }),
      onTime,
      kitReady,
    ],
  },
  {
    key: 'renewal',
    name: 'Renewal',
    description: 'Renew on the value delivered, not on a discount.',
    items: [
      rereadGoals,
      item({
        text: 'Value delivered against their goals, in their measures',
        section: SECTION.goals,
        required: true,
        weight: 2,
      }),
      promisesKept,
      lastNotes,
      item({
        text: 'Know the renewal date, terms and who signs',
        section: SECTION.line,
        required: true,
      }),
      item({ text: 'Know your walk-away', section: SECTION.line, required: true }),
      item({
        text: 'No unnecessary discount: know what you would trade for it',
        section: SECTION.line,
      }),
      agendaSet,
      onTime,
      kitReady,
    ],
  },
];

/** Stable ids for the built-in templates, so a restore or a re-seed never duplicates them. */
export function builtinTemplateId(key: string): string {
  return `builtin-${key}`;
}
