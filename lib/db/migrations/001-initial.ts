import type { MigrationStep } from './step';

export const step: MigrationStep = {
  version: 1,
  stores: {
    customers: 'id, nameKey, *nameTokens, *domains, *crmRefs, updatedAt',
    contacts: 'id, customerId, *emails, *crmRefs',
    goals: 'id, customerId',
    meetings: 'id, customerId, startsAt, externalId',
    checklistItems: 'id, meetingId',
    templates: 'id',
    commitments: 'id, customerId, meetingId, dueAt',
    notes: 'id, customerId, meetingId, createdAt',
    news: 'id, customerId',
    questions: 'id, customerId',
    settings: 'key',
  },
};
