import { pickCurrentMeeting } from '../db/meetings';
import type { Meeting } from '../db/models';

/**
 * The meeting a call is about: the one the seller opened the panel for, else the
 * current or next. `shownId` is the meeting the panel already shows: it stays
 * (calls overrun; its live notes must not move) however far past its end the
 * clock goes. Only a planned meeting that starts earlier and is still on (new
 * data, not time) takes its place.
 */
export function currentMeetingOf(
  meetings: Meeting[],
  now: number,
  requestedId?: string,
  shownId?: string,
): Meeting | undefined {
  const requested = requestedId ? meetings.find((m) => m.id === requestedId) : undefined;
  if (requested && requested.status === 'planned') return requested;
  const byTime = pickCurrentMeeting(meetings, now);
  const shown = shownId ? meetings.find((m) => m.id === shownId) : undefined;
  if (shown && shown.status === 'planned' && (!byTime || shown.startsAt <= byTime.startsAt)) {
    return shown;
  }
  return byTime;
}
