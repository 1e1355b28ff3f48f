import { z } from '../zod';
import { MESSAGE, type Message, type MessageOf, type MessageType } from './';
import { SITES, type PageSignal, type Site } from '../recognize/signal';
import { STRUCTURE_LIMITS, type PageStructure } from '../report/page-structure';
import { countNodes, structureElementSchema } from '../report/structure-schema';

// Page-derived strings are bounded here, before anything stores or shows them.
const text = (max: number) =>
  z
    .string()
    .max(max * 4)
    .transform((s) =>
      s
        // eslint-disable-next-line no-control-regex -- control characters are what this strips
        .replace(/[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, max),
    );

export const pageSignalSchema = z.object({
  // SITES is typed as a plain array; it is never empty (every site has a descriptor).
  site: z.enum(SITES as readonly [Site, ...Site[]]),
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
  when: z
    .object({
      start: z.string().max(40),
      end: z.string().max(40).optional(),
      zone: text(120).optional(),
    })
    .optional(),
  domain: z
    .string()
    .max(253)
    .regex(/^[a-z0-9.-]+$/)
    .optional(),
}) satisfies z.ZodType<PageSignal>;

/**
 * A content script's answer to TAB_MESSAGE.pageStructure. The page wrote it:
 * checked before the side panel redacts or shows any of it.
 */
export const pageStructureSchema = z.object({
  url: z.string().max(4000),
  root: structureElementSchema.refine((root) => countNodes(root) <= STRUCTURE_LIMITS.nodes + 1, {
    message: 'more nodes than a content script sends',
  }),
  truncated: z.boolean(),
}) satisfies z.ZodType<PageStructure>;

/**
 * One schema per message type of the MessageMap: a type added to the map
 * without its schema here does not compile.
 */
export const messageSchemas = {
  [MESSAGE.pageSignal]: z.object({
    type: z.literal(MESSAGE.pageSignal),
    signal: pageSignalSchema.nullable(),
  }),
  [MESSAGE.rematch]: z.object({
    type: z.literal(MESSAGE.rematch),
    tabId: z.number().int().nonnegative(),
  }),
  [MESSAGE.dataChanged]: z.object({ type: z.literal(MESSAGE.dataChanged) }),
  [MESSAGE.ownAccount]: z.object({
    type: z.literal(MESSAGE.ownAccount),
    email: z.string().max(254).trim().toLowerCase().pipe(z.email()),
  }),
} satisfies { [T in MessageType]: z.ZodType<MessageOf<T>> };

function isMessageType(type: unknown): type is MessageType {
  return typeof type === 'string' && Object.hasOwn(messageSchemas, type);
}

/** A message from anywhere: parsed, or null when it is not one of ours. */
export function parseMessage(raw: unknown): Message | null {
  if (typeof raw !== 'object' || raw === null || !('type' in raw)) return null;
  if (!isMessageType(raw.type)) return null;
  const result = messageSchemas[raw.type].safeParse(raw);
  return result.success ? result.data : null;
}
