import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MeetingSection } from '@/components/panel/MeetingSection';
import { PanelView } from '@/components/panel/PanelView';
import { listChecklist } from '@/lib/db/checklist';
import { createMeetingWithChecklist, listCustomerMeetings } from '@/lib/db/meetings';
import { MESSAGE } from '@/lib/messaging';
import type { PanelSubject } from '@/lib/panel/resolve-customer';
import { seedBuiltinTemplates } from '@/lib/readiness/seed';
import type { PageSignal } from '@/lib/recognize/signal';
import { freshDb, makeCustomer, makeEnv, NOW, renderWithEnv } from './helpers';

const EID = btoa('abc123xyz maya@northwind-logistics.com').replace(/=+$/, '');
const event: PageSignal = {
  site: 'gcalendar',
  view: 'event',
  url: `https://calendar.google.com/calendar/u/0/r/eventedit/${EID}`,
  title: 'Leeds rollout plan',
  when: { start: '2026-11-24T14:00:00', end: '2026-11-24T14:45:00' },
  people: [{ name: 'Maya', email: 'maya@northwind-logistics.com', role: 'attendee' }],
};
const EVENT_START = new Date(2026, 10, 24, 14).getTime();

async function setup() {
  const db = freshDb();
  await seedBuiltinTemplates(db, NOW);
  const customer = await makeCustomer(db);
  const send = vi.fn(async () => undefined);
  return { db, customer, send, env: makeEnv({ db, send }), user: userEvent.setup() };
}

const subjectOn = (customerId: string, signal: PageSignal): PanelSubject => ({
  kind: 'customer',
  customerId,
  source: 'match',
  match: {
    customerId,
    name: 'Northwind Logistics',
    confidence: 0.9,
    reason: 'email domain northwind-logistics.com',
    via: 'domain',
    candidates: [],
    ambiguous: false,
  },
  signal,
});

describe('Prepare this meeting, in the side panel', () => {
  it("on a calendar event, creates the event's meeting for the customer with the chosen checklist", async () => {
    const { db, customer, env, send, user } = await setup();
    const onOpenMeeting = vi.fn();
    renderWithEnv(
      <MeetingSection
        customer={customer}
        meeting={undefined}
        meetings={[]}
        now={NOW}
        onFix={vi.fn()}
        signal={event}
        onOpenMeeting={onOpenMeeting}
      />,
      env,
    );
    const section = screen.getByRole('region', { name: 'This meeting' });
    expect(within(section).getByText('Leeds rollout plan')).toBeVisible();
    const checklist = within(section).getByLabelText('Checklist');
    await within(checklist).findByRole('option', { name: 'Renewal' });
    await user.selectOptions(checklist, 'Renewal');
    const prepare = within(section).getByRole('button', { name: 'Prepare this meeting' });
    await waitFor(() => expect(prepare).toBeEnabled());
    await user.click(prepare);

    await waitFor(() => expect(onOpenMeeting).toHaveBeenCalledTimes(1));
    const [created] = await listCustomerMeetings(db, customer.id);
    expect(created).toMatchObject({
      customerId: customer.id,
      title: 'Leeds rollout plan',
      startsAt: EVENT_START,
      templateId: 'builtin-renewal',
    });
    expect(onOpenMeeting).toHaveBeenCalledWith(expect.objectContaining({ id: created!.id }));
    expect((await listChecklist(db, created!.id)).length).toBeGreaterThan(0);
    expect(send).toHaveBeenCalledWith({ type: MESSAGE.dataChanged });
  });

  it('is not offered on other pages', async () => {
    const { customer, env } = await setup();
    renderWithEnv(
      <MeetingSection
        customer={customer}
        meeting={undefined}
        meetings={[]}
        now={NOW}
        onFix={vi.fn()}
        signal={{ ...event, site: 'gmail', view: 'thread' }}
      />,
      env,
    );
    await screen.findByRole('button', { name: 'Plan a meeting' });
    expect(screen.queryByRole('button', { name: 'Prepare this meeting' })).toBeNull();
  });

  it('the panel then shows the prepared meeting as this meeting, and opens it once it exists', async () => {
    const { db, customer, env, user } = await setup();
    // A call today comes first by time.
    await createMeetingWithChecklist(
      db,
      { customerId: customer.id, title: 'Pilot check-in', startsAt: NOW + 3_600_000 },
      [],
      () => NOW,
    );
    const view = (
      <PanelView subject={subjectOn(customer.id, event)} onPick={vi.fn()} onLearned={vi.fn()} />
    );
    const first = renderWithEnv(view, env);
    const section = await screen.findByRole('region', { name: 'This meeting' });
    await within(section).findByText('Pilot check-in');
    const prepare = within(section).getByRole('button', { name: 'Prepare this meeting' });
    await waitFor(() => expect(prepare).toBeEnabled());
    await user.click(prepare);

    await waitFor(() => expect(within(section).queryByText('Pilot check-in')).toBeNull());
    expect(within(section).getByText('Leeds rollout plan', { selector: 'strong' })).toBeVisible();
    // It is the one shown: no second offer to prepare it.
    expect(within(section).queryByRole('button', { name: 'Prepare this meeting' })).toBeNull();
    first.unmount();

    // Reopened later: the panel shows today's call again, and the button opens the prepared one.
    renderWithEnv(view, env);
    const again = await screen.findByRole('region', { name: 'This meeting' });
    await within(again).findByText('Pilot check-in');
    expect(await within(again).findByText(/Already prepared/)).toBeVisible();
    await user.click(within(again).getByRole('button', { name: 'Prepare this meeting' }));
    await waitFor(() => expect(within(again).queryByText('Pilot check-in')).toBeNull());
    expect(within(again).getByText('Leeds rollout plan', { selector: 'strong' })).toBeVisible();
    expect(await listCustomerMeetings(db, customer.id)).toHaveLength(2);
  });
});
