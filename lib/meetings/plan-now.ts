import { createMeetingWithChecklist } from '../db/meetings';
import type { Customer, Meeting, Template } from '../db/models';
import type { CallprepDB } from '../db/schema';
import { seedBuiltinTemplates } from '../readiness/seed';
import { builtinTemplateId } from '../readiness/templates';

/** The template a new meeting most likely wants: discovery first, follow-up after. */
export function suggestedTemplateId(
  customerMeetings: Meeting[],
  templates: Pick<Template, 'id'>[],
): string {
  const wanted = builtinTemplateId(customerMeetings.length === 0 ? 'discovery' : 'follow-up');
  return templates.find((t) => t.id === wanted)?.id ?? templates[0]?.id ?? wanted;
}

/**
 * "Plan a meeting" from the side panel: a meeting starting at `startsAt` (now
 * by default: a call is usually happening when the seller is in the side panel),
 * with the template's checklist.
 */
export async function planMeetingNow(
  db: CallprepDB,
  customer: Pick<Customer, 'id' | 'name'>,
  templateId: string,
  now: number,
  startsAt: number = now,
): Promise<Meeting> {
  if ((await db.templates.count()) === 0) await seedBuiltinTemplates(db, now);
  const template =
    (await db.templates.get(templateId)) ?? (await db.templates.toCollection().first());
  const { meeting } = await createMeetingWithChecklist(
    db,
    {
      customerId: customer.id,
      title: template ? `${template.name} with ${customer.name}` : `Call with ${customer.name}`,
      startsAt,
      endsAt: null,
      templateId: template?.id ?? null,
    },
    template?.items ?? [],
    () => now,
  );
  return meeting;
}
