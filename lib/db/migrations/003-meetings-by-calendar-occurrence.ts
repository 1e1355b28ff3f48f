import type { MigrationStep } from './step';

export const step: MigrationStep = {
  // A calendar import or feed refresh finds the meeting of each occurrence by its
  // UID + RECURRENCE-ID; the index is unique so two imports racing (a feed
  // refresh while the seller imports a file) can never make two meetings of one
  // occurrence. calendarSource finds a feed's meetings to cancel those gone from it.
  // No row changes: meetings before this version have neither field.
  version: 3,
  stores: { meetings: 'id, customerId, startsAt, externalId, &calendarKey, calendarSource' },
};
