import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MeetingSection } from '@/components/panel/MeetingSection';
import { listChecklist } from '@/lib/db/checklist';
import { createMeetingWithChecklist, listCustomerMeetings, meetings } from '@/lib/db/meetings';
import type { Meeting } from '@/lib/db/models';
import { freshDb, makeCustomer, makeEnv, NOW, renderWithEnv } from './helpers';

async function setup(withMeeting: boolean) {
  const db = freshDb();
  const customer = await makeCustomer(db);
  let meeting: Meeting | undefined;
  if (withMeeting) {
    ({ meeting } = await createMeetingWithChecklist(
      db,
      { customerId: customer.id, title: 'Pilot check-in', startsAt: NOW + 3_600_000 },
      [
        {
          text: 'Agenda set and sent',
          section: 'Be there',
          required: true,
          weight: 1,
          rule: 'agenda-set',
        },
        {
          text: 'Laptop charged, call link tested',
          section: 'Be there',
          required: false,
          weight: 1,
          rule: null,
        },
      ],
      () => NOW,
    ));
  }
  return { db, customer, meeting, env: makeEnv({ db }), user: userEvent.setup() };
}

describe('MeetingSection', () => {
  it('with no meeting coming up, plans one in one click from a template', async () => {
    const { db, customer, env, user } = await setup(false);
    const { rerender } = renderWithEnv(
      <MeetingSection
        customer={customer}
        meeting={undefined}
        meetings={[]}
        now={NOW}
        onFix={vi.fn()}
      />,
      env,
    );
    expect(screen.getByText(/No meeting with Northwind Logistics is coming up/)).toBeVisible();
    expect(await screen.findByRole('combobox', { name: 'Checklist template' })).toHaveValue(
      'builtin-discovery',
    );
    await user.click(screen.getByRole('button', { name: 'Plan a meeting' }));
    await waitFor(async () => expect(await listCustomerMeetings(db, customer.id)).toHaveLength(1));
    const [planned] = await listCustomerMeetings(db, customer.id);
    expect(planned).toMatchObject({
      startsAt: NOW,
      templateId: 'builtin-discovery',
      status: 'planned',
    });
    expect((await listChecklist(db, planned!.id)).length).toBeGreaterThan(0);

    rerender(
      <MeetingSection
        customer={customer}
        meeting={planned}
        meetings={[planned!]}
        now={NOW}
        onFix={vi.fn()}
      />,
    );
    expect(await screen.findByRole('group', { name: 'Readiness checklist' })).toBeVisible();
  });

  it('ticks a manual checklist item; auto items say why and cannot be ticked by hand', async () => {
    const { db, customer, meeting, env, user } = await setup(true);
    const onFix = vi.fn();
    renderWithEnv(
      <MeetingSection
        customer={customer}
        meeting={meeting}
        meetings={[meeting!]}
        now={NOW}
        onFix={onFix}
      />,
      env,
    );
    expect(screen.getByText('Pilot check-in')).toBeVisible();
    const manual = await screen.findByRole('checkbox', { name: /Laptop charged/ });
    await user.click(manual);
    await waitFor(() => expect(manual).toBeChecked());
    expect((await listChecklist(db, meeting!.id)).find((i) => i.rule === null)?.done).toBe(true);

    const auto = screen.getByRole('checkbox', { name: /Agenda set and sent/ });
    expect(auto).toHaveAttribute('aria-readonly', 'true');
    expect(auto).toHaveAccessibleDescription(/No agenda yet/);
    await user.click(auto);
    expect(auto).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Write the agenda' }));
    expect(onFix).toHaveBeenCalledWith(expect.objectContaining({ section: 'agenda' }));
    expect(screen.getByRole('meter', { name: 'Readiness of Pilot check-in' })).toBeVisible();
  });

  it('edits the agenda inline; the auto item follows', async () => {
    const { db, customer, meeting, env, user } = await setup(true);
    renderWithEnv(
      <MeetingSection
        customer={customer}
        meeting={meeting}
        meetings={[meeting!]}
        now={NOW}
        onFix={vi.fn()}
      />,
      env,
    );
    const agenda = await screen.findByLabelText('Agenda');
    await user.type(agenda, '1. Pilot numbers');
    await user.tab();
    await waitFor(async () =>
      expect((await meetings.get(db, meeting!.id))?.agenda).toBe('1. Pilot numbers'),
    );
    await waitFor(() =>
      expect(screen.getByRole('checkbox', { name: /Agenda set and sent/ })).toBeChecked(),
    );
    expect(await screen.findByText('Saved')).toBeVisible();
  });
});
