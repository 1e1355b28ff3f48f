import { z } from 'zod';

// Extension pages forbid eval by CSP: tell zod not to probe for it (the probe
// itself is reported as a CSP violation).
z.config({ jitless: true });
import { MESSAGE } from './';
import { SITES } from '../recognize/signal';

// Page-derived strings are bounded here, before anything stores or shows them.
const text = (max: number) =>
  z
    .string()
    .max(max * 4)
    .transform((s) =>
      s
        .replace(/[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, max),
    );

export const pageSignalSchema = z.object({
  site: z.enum(SITES as [string, ...string[]]),
  view: z.enum(['record', 'thread', 'compose', 'event', 'profile', 'list', 'other']),
  url: z.string().max(4000),
  record: z
    .object({
      system: z.string().regex(/^[a-z0-9_-]{1,40}$/),
      type: z.string().regex(/^[A-Za-z0-9_.-]{1,80}$/),
      id: z.string().regex(/^[^\s:]{1,200}$/),
    })
    .optional(),
  people: z
    .array(
      z.object({
        name: text(200).optional(),
        email: z.string().max(320).trim().toLowerCase().optional(),
        role: z.enum(['from', 'to', 'cc', 'attendee', 'subject']),
      }),
    )
    .max(200),
  company: text(200).optional(),
  title: text(500).optional(),
  when: z.object({ start: z.string().max(40), end: z.string().max(40).optional() }).optional(),
});

export const messageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal(MESSAGE.pageSignal), signal: pageSignalSchema.nullable() }),
  z.object({ type: z.literal(MESSAGE.rematch), tabId: z.number().int().nonnegative() }),
  z.object({ type: z.literal(MESSAGE.dataChanged) }),
  z.object({
    type: z.literal(MESSAGE.ownAccount),
    email: z.string().max(254).trim().toLowerCase().pipe(z.email()),
  }),
]);

export type ValidMessage = z.infer<typeof messageSchema>;

/** A message from anywhere: parsed, or null when it is not one of ours. */
export function parseMessage(raw: unknown): ValidMessage | null {
  const result = messageSchema.safeParse(raw);
  return result.success ? result.data : null;
}
