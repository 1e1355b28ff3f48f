import { z } from '../zod';
import type { DraftStorage } from '../forms/note-autosave';
import { followUpDraftKey } from '../session/keys';

/**
 * The follow-up being edited, kept in the pages' localStorage on every
 * keystroke (synchronous: the popup closes on a click outside), so closing the
 * panel or popup loses nothing. Forgotten when sent or discarded.
 */
const draftSchema = z.object({ text: z.string().max(100_000), at: z.number() });
export type FollowUpDraft = z.infer<typeof draftSchema>;

export function readFollowUpDraft(
  storage: DraftStorage | null,
  meetingId: string,
): FollowUpDraft | null {
  try {
    const raw = storage?.getItem(followUpDraftKey(meetingId));
    if (!raw) return null;
    // Storage is a trust boundary too: anything malformed reads as no draft.
    const parsed = draftSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeFollowUpDraft(
  storage: DraftStorage | null,
  meetingId: string,
  draft: FollowUpDraft | null,
): void {
  try {
    const key = followUpDraftKey(meetingId);
    if (draft === null) storage?.removeItem(key);
    else storage?.setItem(key, JSON.stringify(draft));
  } catch {
    // a full or blocked storage: the text still shows; only closing would lose it
  }
}
