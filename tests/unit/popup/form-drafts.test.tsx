import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { meetings } from '@/lib/db/meetings';
import { HOUR, NOW, makeEnv, makeWorld, renderPopup } from './helpers';

afterEach(() => localStorage.clear());

/** Chrome closes the popup on any click outside: the page is gone, only storage is left. */
function closePopup(view: { unmount(): void }) {
  view.unmount();
}

describe('popup forms keep what was typed', () => {
  it('Add a meeting: the draft comes back when the popup opens again, and goes on Close', async () => {
    const w = await makeWorld();
    const user = userEvent.setup();
    const first = renderPopup(makeEnv(w.db));
    await user.click(await screen.findByRole('button', { name: 'Add a meeting' }));
    let form = screen.getByRole('form', { name: 'Add a meeting' });
    await user.type(within(form).getByLabelText('Find customer'), 'glob');
    await waitFor(() => expect(within(form).getByLabelText('Customer')).toHaveValue(w.globex.id));
    await user.type(within(form).getByLabelText(/^Title/), 'Renewal prep with Maya');
    await user.clear(within(form).getByLabelText('Time'));
    await user.type(within(form).getByLabelText('Time'), '16:15');
    closePopup(first);

    const second = renderPopup(makeEnv(w.db));
    await user.click(await screen.findByRole('button', { name: 'Add a meeting' }));
    form = screen.getByRole('form', { name: 'Add a meeting' });
    expect(within(form).getByLabelText(/^Title/)).toHaveValue('Renewal prep with Maya');
    expect(within(form).getByLabelText('Time')).toHaveValue('16:15');
    expect(within(form).getByLabelText('Find customer')).toHaveValue('glob');
    await waitFor(() => expect(within(form).getByLabelText('Customer')).toHaveValue(w.globex.id));

    await user.click(within(form).getByRole('button', { name: 'Close' }));
    closePopup(second);
    renderPopup(makeEnv(w.db));
    await user.click(await screen.findByRole('button', { name: 'Add a meeting' }));
    form = screen.getByRole('form', { name: 'Add a meeting' });
    expect(within(form).getByLabelText(/^Title/)).toHaveValue('');
  });

  it('Add a meeting: adding it forgets the draft', async () => {
    const w = await makeWorld();
    const user = userEvent.setup();
    const first = renderPopup(makeEnv(w.db));
    await user.click(await screen.findByRole('button', { name: 'Add a meeting' }));
    const form = screen.getByRole('form', { name: 'Add a meeting' });
    await user.type(within(form).getByLabelText('Find customer'), 'glob');
    await waitFor(() => expect(within(form).getByLabelText('Customer')).toHaveValue(w.globex.id));
    await user.type(within(form).getByLabelText(/^Title/), 'Kick-off');
    await user.click(within(form).getByRole('button', { name: 'Add meeting' }));
    await screen.findByText('Kick-off');
    closePopup(first);

    renderPopup(makeEnv(w.db));
    await user.click(await screen.findByRole('button', { name: 'Add a meeting' }));
    expect(
      within(screen.getByRole('form', { name: 'Add a meeting' })).getByLabelText(/^Title/),
    ).toHaveValue('');
  });

  it('Edit meeting: the draft comes back when Edit is opened again, and goes on Discard', async () => {
    const w = await makeWorld();
    await w.meeting(w.northwind.id, 'Pilot check-in', NOW + 2 * HOUR);
    const user = userEvent.setup();
    const first = renderPopup(makeEnv(w.db));
    await user.click(await screen.findByRole('button', { name: /Pilot check-in/ }));
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    let form = screen.getByRole('form', { name: 'Edit Pilot check-in' });
    await user.type(within(form).getByLabelText('Agenda'), '1. Rollout dates');
    closePopup(first);

    const second = renderPopup(makeEnv(w.db));
    await user.click(await screen.findByRole('button', { name: /Pilot check-in/ }));
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    form = screen.getByRole('form', { name: 'Edit Pilot check-in' });
    expect(within(form).getByLabelText('Agenda')).toHaveValue('1. Rollout dates');
    await user.click(within(form).getByRole('button', { name: 'Discard changes' }));
    closePopup(second);

    renderPopup(makeEnv(w.db));
    await user.click(await screen.findByRole('button', { name: /Pilot check-in/ }));
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    form = screen.getByRole('form', { name: 'Edit Pilot check-in' });
    expect(within(form).getByLabelText('Agenda')).toHaveValue('');
  });
});

describe('Edit meeting saves only what the seller changed', () => {
  it('keeps an agenda the side panel saved meanwhile, and says so', async () => {
    const w = await makeWorld();
    const { meeting } = await w.meeting(w.northwind.id, 'Pilot check-in', NOW + 2 * HOUR);
    const user = userEvent.setup();
    renderPopup(makeEnv(w.db));
    await user.click(await screen.findByRole('button', { name: /Pilot check-in/ }));
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    const form = screen.getByRole('form', { name: 'Edit Pilot check-in' });
    await user.clear(within(form).getByLabelText('Title'));
    await user.type(within(form).getByLabelText('Title'), 'Pilot week 4');

    // Meanwhile the side panel saves an agenda for the same meeting.
    await meetings.update(w.db, meeting.id, { agenda: '1. Pricing\n2. Next steps' }, () => NOW);
    expect(
      await within(form).findByText(
        'Changed elsewhere meanwhile: agenda is now “1. Pricing 2. Next steps”.',
      ),
    ).toBeVisible();
    // The seller typed nothing there: the form shows the new agenda, their title stays.
    expect(within(form).getByLabelText('Agenda')).toHaveValue('1. Pricing\n2. Next steps');
    expect(within(form).getByLabelText('Title')).toHaveValue('Pilot week 4');

    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await screen.findByText('Pilot week 4');
    expect(await w.db.meetings.get(meeting.id)).toMatchObject({
      title: 'Pilot week 4',
      agenda: '1. Pricing\n2. Next steps',
      startsAt: meeting.startsAt,
    });
  });

  it('saving a stale form writes no field the seller left alone', async () => {
    const w = await makeWorld();
    const { meeting } = await w.meeting(w.northwind.id, 'Pilot check-in', NOW + 2 * HOUR);
    const user = userEvent.setup();
    const first = renderPopup(makeEnv(w.db));
    await user.click(await screen.findByRole('button', { name: /Pilot check-in/ }));
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    await user.clear(screen.getByLabelText('Title'));
    await user.type(screen.getByLabelText('Title'), 'Pilot week 4');
    closePopup(first);
    // While the popup is closed, the panel moves the meeting and writes its agenda.
    await meetings.update(
      w.db,
      meeting.id,
      { agenda: 'Set in the panel', startsAt: NOW + 3 * HOUR, endsAt: NOW + 4 * HOUR },
      () => NOW,
    );

    renderPopup(makeEnv(w.db));
    await user.click(await screen.findByRole('button', { name: /Pilot check-in/ }));
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    const form = screen.getByRole('form', { name: 'Edit Pilot check-in' });
    expect(within(form).getByLabelText('Title')).toHaveValue('Pilot week 4');
    expect(await within(form).findByRole('status')).toHaveTextContent(
      /^Changed elsewhere meanwhile: time is now 12:00\sPM; length is now 60 minutes; agenda is now “Set in the panel”\.$/,
    );
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await screen.findByText('Pilot week 4');
    expect(await w.db.meetings.get(meeting.id)).toMatchObject({
      title: 'Pilot week 4',
      agenda: 'Set in the panel',
      startsAt: NOW + 3 * HOUR,
      endsAt: NOW + 4 * HOUR,
    });
  });
});
