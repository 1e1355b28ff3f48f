import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { commitments } from '@/lib/db/commitments';
import { listChecklist } from '@/lib/db/checklist';
import { CUSTOMER_CHOICES } from '@/components/useCustomerChoices';
import { MESSAGE } from '@/lib/messaging';
import { DAY, HOUR, NOW, makeEnv, makeWorld, numberedCustomers, renderPopup } from './helpers';

const meterOf = (title: string) => screen.getByRole('meter', { name: `Readiness of ${title}` });

describe('the popup', () => {
  it('asks the background to catch up when it opens (sample loaded, time passed)', async () => {
    const w = await makeWorld();
    const env = makeEnv(w.db);
    renderPopup(env);
    await screen.findByRole('heading', { name: 'Upcoming meetings' });
    expect(env.send).toHaveBeenCalledWith({ type: MESSAGE.dataChanged });
  });

  it('explains what to do when there are no customers yet', async () => {
    const { CallprepDB } = await import('@/lib/db/schema');
    const env = makeEnv(new CallprepDB(`empty-${crypto.randomUUID()}`));
    renderPopup(env);
    await screen.findByRole('heading', { name: 'No customers yet' });
    expect(screen.getByRole('link', { name: /load the sample workspace/i })).toHaveAttribute(
      'href',
      'chrome-extension://test/options.html#welcome',
    );
    expect(
      screen.getByRole('link', { name: /add a customer in the workspace/i }),
    ).toBeInTheDocument();
  });

  it('lists today’s and the next 7 days’ meetings, with readiness and the first open item', async () => {
    const w = await makeWorld();
    await w.meeting(w.northwind.id, 'Pilot check-in', NOW + 2 * HOUR, { agenda: '1. Numbers' });
    await w.meeting(w.globex.id, 'Proposal review', NOW + DAY);
    await w.meeting(w.globex.id, 'Far away', NOW + 10 * DAY);
    await w.meeting(w.globex.id, 'Called off', NOW + 3 * HOUR, { status: 'cancelled' });
    renderPopup(makeEnv(w.db));

    await screen.findByText('Pilot check-in');
    expect(screen.getByRole('heading', { name: 'Today' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Tomorrow' })).toBeInTheDocument();
    expect(screen.queryByText('Far away')).not.toBeInTheDocument();
    expect(screen.queryByText('Called off')).not.toBeInTheDocument();
    const pilot = meterOf('Pilot check-in');
    // Follow-up: agenda-set and no-overdue-commitment and last-meeting-notes are auto-done.
    expect(Number(pilot.getAttribute('aria-valuenow'))).toBeGreaterThan(0);
    const card = pilot.closest('li')!;
    expect(within(card as HTMLElement).getByText('Northwind Logistics')).toBeInTheDocument();
    expect(within(card as HTMLElement).getByText(/^Next:/).parentElement).toHaveTextContent(
      // An open automatic item is said as the problem, never as its (goal-stating) text.
      /^Next: No open goal yet: ask what they want to accomplish$/,
    );
  });

  it('lists overdue promises of ours above the meetings', async () => {
    const w = await makeWorld();
    await w.meeting(w.northwind.id, 'Pilot check-in', NOW + 2 * HOUR);
    await commitments.create(w.db, {
      customerId: w.northwind.id,
      text: 'Send the security review answers',
      owner: 'us',
      dueAt: NOW - 2 * DAY,
    });
    await commitments.create(w.db, {
      customerId: w.globex.id,
      text: 'Floor plans',
      owner: 'them',
      dueAt: NOW - DAY,
    });
    const { container } = renderPopup(makeEnv(w.db));
    const alert = await screen.findByRole('region', { name: 'A promise of yours is overdue' });
    expect(alert).toHaveTextContent(
      '“Send the security review answers” to Northwind Logistics, due 2 days ago',
    );
    expect(alert).not.toHaveTextContent('Floor plans');
    const first = container.querySelector('.overdue, .meeting-card');
    expect(first).toBe(alert);
  });

  it('ticks checklist items inline', async () => {
    const w = await makeWorld();
    const { meeting, items } = await w.meeting(w.northwind.id, 'Pilot check-in', NOW + 2 * HOUR);
    const env = makeEnv(w.db);
    renderPopup(env);
    const user = userEvent.setup();
    await screen.findByText('Pilot check-in');
    const before = Number(meterOf('Pilot check-in').getAttribute('aria-valuenow'));
    const toggle = screen.getByRole('button', { name: /Pilot check-in/, expanded: false });
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const box = screen.getByRole('checkbox', { name: /laptop charged/i });
    await user.click(box);
    await waitFor(() => expect(box).toBeChecked());
    await waitFor(() =>
      expect(Number(meterOf('Pilot check-in').getAttribute('aria-valuenow'))).toBeGreaterThan(
        before,
      ),
    );
    const saved = (await listChecklist(w.db, meeting.id)).find((i) => i.text.startsWith('Laptop'))!;
    expect(saved.done).toBe(true);
    expect(saved.doneAt).toBe(NOW);
    // The background hears of the write from the page's watcher (tests/unit/background/data-changed.test.ts).
    expect(items).toHaveLength(8);
  });

  it('a tick that finds the disk full says so and what to do', async () => {
    const w = await makeWorld();
    await w.meeting(w.northwind.id, 'Pilot check-in', NOW + 2 * HOUR);
    renderPopup(makeEnv(w.db));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /Pilot check-in/ }));
    vi.spyOn(w.db.checklistItems, 'put').mockRejectedValue(
      Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' }),
    );
    await user.click(screen.getByRole('checkbox', { name: /laptop charged/i }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /no room left.*not saved.*Free some disk space/,
    );
  });

  it('opens the side panel on the meeting’s customer', async () => {
    const w = await makeWorld();
    const { meeting } = await w.meeting(w.northwind.id, 'Pilot check-in', NOW + 2 * HOUR);
    const env = makeEnv(w.db);
    renderPopup(env);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /Pilot check-in/ }));
    await user.click(screen.getByRole('button', { name: 'Open side panel' }));
    expect(env.openPanel).toHaveBeenCalledWith({
      customerId: w.northwind.id,
      meetingId: meeting.id,
      at: NOW,
    });
  });

  it('an auto-checked item’s fix opens the side panel on the meeting’s customer', async () => {
    const w = await makeWorld();
    const { meeting } = await w.meeting(w.northwind.id, 'Pilot check-in', NOW + 2 * HOUR);
    const env = makeEnv(w.db);
    renderPopup(env);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /Pilot check-in/ }));
    const checklist = screen.getByRole('group', { name: 'Checklist for Pilot check-in' });
    // Northwind has no open goal yet: the auto item says so and links to the fix.
    await user.click(within(checklist).getByRole('button', { name: 'Add a goal' }));
    expect(env.openPanel).toHaveBeenCalledWith({
      customerId: w.northwind.id,
      meetingId: meeting.id,
      at: NOW,
    });
  });

  it('opens the side panel for the active tab from the header, even with no meetings', async () => {
    const w = await makeWorld();
    const env = makeEnv(w.db);
    renderPopup(env);
    const user = userEvent.setup();
    await screen.findByText(/No meetings today or in the next 7 days/);
    const header = screen.getByRole('banner');
    await user.click(within(header).getByRole('button', { name: 'Open side panel for this tab' }));
    // No customer chosen: the panel shows what the active tab is about.
    expect(env.openPanel).toHaveBeenCalledWith(null);
  });

  it('adds a meeting for a searched customer, with the template’s checklist', async () => {
    const w = await makeWorld();
    await w.meeting(w.northwind.id, 'Pilot check-in', NOW + 2 * HOUR);
    const env = makeEnv(w.db);
    renderPopup(env);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add a meeting' }));
    const form = screen.getByRole('form', { name: 'Add a meeting' });
    await user.type(within(form).getByLabelText('Find customer'), 'glob');
    // The search runs in the database (bounded), so its answer comes a moment later.
    await waitFor(() => expect(within(form).getByLabelText('Customer')).toHaveValue(w.globex.id));
    const select = within(form).getByLabelText('Customer') as HTMLSelectElement;
    expect(Array.from(select.options, (o) => o.textContent)).toEqual(['Choose…', 'Globex Health']);
    await user.clear(within(form).getByLabelText('Date'));
    await user.type(within(form).getByLabelText('Date'), '2026-11-25');
    await user.clear(within(form).getByLabelText('Time'));
    await user.type(within(form).getByLabelText('Time'), '14:30');
    await user.selectOptions(within(form).getByLabelText('Checklist template'), 'Discovery');
    await user.click(within(form).getByRole('button', { name: 'Add meeting' }));

    await screen.findByText('Discovery with Globex Health');
    const rows = await w.db.meetings.where('customerId').equals(w.globex.id).toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      title: 'Discovery with Globex Health',
      startsAt: new Date(2026, 10, 25, 14, 30).getTime(),
      endsAt: new Date(2026, 10, 25, 15, 0).getTime(),
      templateId: 'builtin-discovery',
    });
    expect((await listChecklist(w.db, rows[0]!.id)).map((i) => i.text)[0]).toBe(
      'Three questions about what they want to do',
    );
    // The new meeting is shown expanded, its checklist ready to tick.
    expect(
      screen.getByRole('checkbox', { name: /three questions about what they want to do/i }),
    ).toBeInTheDocument();
  });

  it('with 10,000 customers lists at most 50 and finds any of them by typing', async () => {
    const w = await makeWorld();
    const rows = numberedCustomers(10_000);
    rows.push({ ...rows[0]!, id: 'c-zeta', name: 'Zeta Freight', nameKey: 'zeta freight' });
    await w.db.customers.bulkAdd(rows);
    renderPopup(makeEnv(w.db));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add a meeting' }));
    const form = screen.getByRole('form', { name: 'Add a meeting' });
    const select = within(form).getByLabelText('Customer') as HTMLSelectElement;
    const find = within(form).getByLabelText('Find customer');
    await waitFor(() => expect(select.options).toHaveLength(1 + CUSTOMER_CHOICES));
    expect(find).toHaveAccessibleDescription(
      'Showing the first 50 by name: type more of it to find the others.',
    );

    await user.type(find, 'zeta');
    await waitFor(() => expect(select).toHaveValue('c-zeta'));
    expect(Array.from(select.options, (o) => o.textContent)).toEqual(['Choose…', 'Zeta Freight']);
    expect(find).not.toHaveAccessibleDescription();
    await user.click(within(form).getByRole('button', { name: 'Add meeting' }));
    await screen.findByText('Follow-up with Zeta Freight');
    expect(await w.db.meetings.where('customerId').equals('c-zeta').count()).toBe(1);
  });

  it('says which field is wrong instead of adding a meeting without a customer', async () => {
    const w = await makeWorld();
    renderPopup(makeEnv(w.db));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add a meeting' }));
    const form = screen.getByRole('form', { name: 'Add a meeting' });
    // Bypass the browser's own `required` check to reach ours.
    within(form).getByLabelText('Customer').removeAttribute('required');
    await user.click(within(form).getByRole('button', { name: 'Add meeting' }));
    expect(within(form).getByLabelText('Customer')).toHaveAccessibleDescription(
      'Pick the customer.',
    );
    expect(await w.db.meetings.count()).toBe(0);
  });

  it('edits a meeting’s title and time, and cancels it', async () => {
    const w = await makeWorld();
    const { meeting } = await w.meeting(w.northwind.id, 'Pilot check-in', NOW + 2 * HOUR);
    renderPopup(makeEnv(w.db));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /Pilot check-in/ }));
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    const form = screen.getByRole('form', { name: 'Edit Pilot check-in' });
    await user.clear(within(form).getByLabelText('Title'));
    await user.type(within(form).getByLabelText('Title'), 'Pilot week 4');
    await user.clear(within(form).getByLabelText('Time'));
    await user.type(within(form).getByLabelText('Time'), '15:00');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await screen.findByText('Pilot week 4');
    expect(await w.db.meetings.get(meeting.id)).toMatchObject({
      title: 'Pilot week 4',
      startsAt: new Date(2026, 10, 23, 15, 0).getTime(),
    });

    await user.click(screen.getByRole('button', { name: 'Cancel meeting' }));
    await user.click(screen.getByRole('button', { name: 'Yes, cancel meeting' }));
    await waitFor(() => expect(screen.queryByText('Pilot week 4')).not.toBeInTheDocument());
    expect((await w.db.meetings.get(meeting.id))?.status).toBe('cancelled');
  });
});
