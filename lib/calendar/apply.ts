import { checklistItemSchema, type ChecklistItem, type TemplateItem } from '../db/models';
import { newId } from '../db/repo';
import type { CallprepDB } from '../db/schema';
import { ImportError } from '../io/errors';
import { builtinTemplateId } from '../readiness/templates';
import type { CalendarPlan } from './plan';

export type CalendarProgress = { done: number; total: number };

export type CalendarSummary = { created: number; updated: number; cancelled: number };

/** "auto": Follow-up for a customer met before, Discovery otherwise; else one template's id for all. */
export type TemplateChoice = 'auto' | string;

const CHUNK = 500;

function checklistOf(meetingId: string, items: readonly TemplateItem[], now: number) {
  return items.map((item, order): ChecklistItem =>
    checklistItemSchema.parse({
      ...item,
      id: newId(),
      meetingId,
      done: false,
      doneAt: null,
      order,
      createdAt: now,
      updatedAt: now,
    }),
  );
}

/**
 * Writes a calendar plan in one transaction: new meetings with their
 * checklists, moved and cancelled ones as whole rows (their ticks, agenda,
 * notes and promises are other rows and stay). All of it or, on any error,
 * nothing; refused when a meeting it changes was edited since the preview.
 */
export async function applyCalendarPlan(
  db: CallprepDB,
  plan: CalendarPlan,
  options: {
    template: TemplateChoice;
    now: number;
    onProgress?: (p: CalendarProgress) => void;
  },
): Promise<CalendarSummary> {
  const changed = [...plan.update, ...plan.cancel];
  const total = plan.create.length + changed.length;
  let done = 0;
  options.onProgress?.({ done, total });

  await db.transaction('rw', db.meetings, db.checklistItems, db.templates, async () => {
    const ids = [...plan.basis.keys()];
    const current = await db.meetings.bulkGet(ids);
    const stale = current.some((row, i) => !row || row.updatedAt !== plan.basis.get(ids[i]!));
    const first = plan.create[0]?.meeting.calendarKey;
    const again =
      first !== undefined && (await db.meetings.where('calendarKey').equals(first).count()) > 0;
    if (stale || again) {
      throw new ImportError(
        'Some of these meetings changed since the preview. Nothing was imported; preview the calendar again.',
      );
    }
    const templates = new Map<string, TemplateItem[]>();
    const wanted =
      options.template === 'auto'
        ? [builtinTemplateId('follow-up'), builtinTemplateId('discovery')]
        : [options.template];
    for (const t of await db.templates.bulkGet(wanted)) if (t) templates.set(t.id, t.items);
    const templateFor = (auto: 'follow-up' | 'discovery') =>
      options.template === 'auto' ? builtinTemplateId(auto) : options.template;

    for (let i = 0; i < plan.create.length; i += CHUNK) {
      const chunk = plan.create.slice(i, i + CHUNK);
      const meetings = chunk.map(({ meeting, autoTemplate }) => {
        const templateId = templateFor(autoTemplate);
        return { ...meeting, templateId: templates.has(templateId) ? templateId : null };
      });
      const items = meetings.flatMap((m) =>
        m.templateId ? checklistOf(m.id, templates.get(m.templateId)!, options.now) : [],
      );
      await db.meetings.bulkAdd(meetings);
      await db.checklistItems.bulkAdd(items);
      done += chunk.length;
      options.onProgress?.({ done, total });
    }
    for (let i = 0; i < changed.length; i += CHUNK) {
      const chunk = changed.slice(i, i + CHUNK);
      await db.meetings.bulkPut(chunk);
      done += chunk.length;
      options.onProgress?.({ done, total });
    }
  });
  return {
    created: plan.create.length,
    updated: plan.update.length,
    cancelled: plan.cancel.length,
  };
}
