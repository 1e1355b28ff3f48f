import { deleteCustomers } from '../db/customers';
import {
  checklistItemSchema,
  commitmentSchema,
  contactSchema,
  customerSchema,
  goalSchema,
  meetingSchema,
  newsSchema,
  noteSchema,
  questionSchema,
  referralSchema,
  type Template,
} from '../db/models';
import { THANK_YOU_WITHIN_MS } from '../db/referrals';
import { newId } from '../db/repo';
import { customerWithOwnedTables } from '../db/tables';
import type { CallprepDB } from '../db/schema';
import { nameTokens, normalizeCompanyName } from '../match/normalize';
import { thankYouPromiseText } from '../record/referrals';
import { seedBuiltinTemplates } from '../readiness/seed';
import { builtinTemplateId } from '../readiness/templates';
import { SAMPLE_CUSTOMERS, SAMPLE_TIME, type SampleCustomer } from './data';

const sampleCustomerId = (key: string) => `sample-${key}`;

export async function hasSampleWorkspace(db: CallprepDB): Promise<boolean> {
  return (await db.customers.where('id').startsWith('sample-').count()) > 0;
}

/**
 * Writes the sample workspace in one transaction. Loading it twice changes
 * nothing (the sample customers have fixed ids); the seller's own data is never
 * touched.
 */
export async function loadSampleWorkspace(db: CallprepDB, now: number = Date.now()): Promise<void> {
  await seedBuiltinTemplates(db, now);
  const templates = new Map(
    (await db.templates.toArray()).map((t): [string, Template] => [t.id, t]),
  );
  const times = { createdAt: now, updatedAt: now };
  const ago = (days = 0) => {
    const at = now - days * SAMPLE_TIME.DAY;
    return { createdAt: at, updatedAt: at };
  };

  await db.transaction('rw', customerWithOwnedTables(db), async () => {
    if (await hasSampleWorkspace(db)) return;
    for (const c of SAMPLE_CUSTOMERS) {
      const customerId = sampleCustomerId(c.key);
      const nameKey = normalizeCompanyName(c.name);
      await db.customers.add(
        customerSchema.parse({
          ...c,
          id: customerId,
          nameKey,
          nameTokens: nameTokens(nameKey),
          sample: true,
          ...(c.referredByKey ? { referredBy: sampleCustomerId(c.referredByKey) } : {}),
          ...times,
        }),
      );
      await db.contacts.bulkAdd(
        c.contacts.map((p) => contactSchema.parse({ ...p, id: newId(), customerId, ...times })),
      );
      await db.goals.bulkAdd(
        c.goals.map((g, priority) =>
          goalSchema.parse({
            ...g,
            id: newId(),
            customerId,
            priority,
            targetDate: g.targetInDays === null ? null : now + g.targetInDays * SAMPLE_TIME.DAY,
            ...ago(g.recordedDaysAgo),
          }),
        ),
      );
      for (const m of c.meetings) {
        const past = m.startsIn < 0;
        const meeting = meetingSchema.parse({
          id: newId(),
          customerId,
          title: m.title,
          startsAt: now + m.startsIn,
          endsAt: now + m.startsIn + m.minutes * 60_000,
          templateId: builtinTemplateId(m.template),
          agenda: m.agenda,
          status: past ? 'done' : 'planned',
          summary: m.summary ?? '',
          ...(past && m.readinessAtStart !== undefined
            ? {
                readinessAtStart: {
                  percent: m.readinessAtStart,
                  ready: m.readinessAtStart === 100,
                  at: now + m.startsIn,
                },
              }
            : {}),
          ...(past && m.late ? { onTime: false } : {}),
          sample: true,
          ...times,
        });
        await db.meetings.add(meeting);
        const items = templates.get(builtinTemplateId(m.template))?.items ?? [];
        await db.checklistItems.bulkAdd(
          items.map((item, order) => {
            const done = past || (m.ticked ?? []).includes(order);
            return checklistItemSchema.parse({
              ...item,
              id: newId(),
              meetingId: meeting.id,
              order,
              done,
              doneAt: done ? now : null,
              ...times,
            });
          }),
        );
        await db.notes.bulkAdd(
          (m.notes ?? []).map((body, i) =>
            noteSchema.parse({
              id: newId(),
              customerId,
              meetingId: meeting.id,
              body,
              createdAt: meeting.startsAt + (i + 1) * 60_000,
              updatedAt: meeting.startsAt + (i + 1) * 60_000,
            }),
          ),
        );
      }
      await db.commitments.bulkAdd(
        c.commitments.map((p) =>
          commitmentSchema.parse({
            id: newId(),
            customerId,
            text: p.text,
            owner: p.owner,
            dueAt: p.dueIn === null ? null : now + p.dueIn,
            status: p.done ? 'done' : 'open',
            doneAt: p.done
              ? now + (p.dueIn ?? 0) + (p.doneLateBy ?? 0) - (p.doneEarlyBy ?? 0)
              : null,
            ...times,
          }),
        ),
      );
      await writeReferrals(db, c, now);
      await db.news.bulkAdd(
        c.news.map(({ foundDaysAgo, ...n }) =>
          newsSchema.parse({ ...n, id: newId(), customerId, ...ago(foundDaysAgo) }),
        ),
      );
      await db.notes.bulkAdd(
        (c.looseNotes ?? []).map((n) =>
          noteSchema.parse({
            id: newId(),
            customerId,
            meetingId: null,
            body: n.body,
            ...ago(n.daysAgo),
          }),
        ),
      );
      await db.questions.bulkAdd(
        c.questions.map((text) =>
          questionSchema.parse({ id: newId(), customerId, text, ...times }),
        ),
      );
    }
  });
}

/**
 * The customer's referrals ledger; a referral received comes with our promise
 * to thank them, done as the sample says (as addReferral would have made it).
 */
async function writeReferrals(db: CallprepDB, c: SampleCustomer, now: number): Promise<void> {
  const customerId = sampleCustomerId(c.key);
  const times = { createdAt: now, updatedAt: now };
  for (const r of c.referrals ?? []) {
    const at = now - r.daysAgo * SAMPLE_TIME.DAY;
    await db.referrals.add(
      referralSchema.parse({
        id: newId(),
        customerId,
        kind: r.kind,
        personName: r.personName,
        at,
        outcome: r.outcome,
        ...(r.becameKey ? { referredCustomerId: sampleCustomerId(r.becameKey) } : {}),
        ...times,
      }),
    );
    if (r.kind !== 'received') continue;
    const thanked =
      r.thankedAfterDays === undefined ? null : at + r.thankedAfterDays * SAMPLE_TIME.DAY;
    await db.commitments.add(
      commitmentSchema.parse({
        id: newId(),
        customerId,
        text: thankYouPromiseText(c.name, r.personName),
        owner: 'us',
        dueAt: at + THANK_YOU_WITHIN_MS,
        status: thanked === null ? 'open' : 'done',
        doneAt: thanked,
        ...times,
      }),
    );
  }
}

/** Removes the sample customers and everything under them; nothing else. */
export async function removeSampleWorkspace(db: CallprepDB): Promise<void> {
  const ids = await db.customers.where('id').startsWith('sample-').primaryKeys();
  await deleteCustomers(db, ids);
}
