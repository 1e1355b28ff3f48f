import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PrepareMeeting } from '@/components/PrepareMeeting';
import { CUSTOMER_CHOICES } from '@/components/useCustomerChoices';
import type { PageSignal } from '@/lib/recognize/signal';
import { NOW, makeEnv, makeWorld, numberedCustomers, renderPopup } from './helpers';

const EID = btoa('abc123xyz maya@northwind-logistics.com').replace(/=+$/, '');
const signal: PageSignal = {
  site: 'gcalendar',
  view: 'event',
  url: `https://calendar.google.com/calendar/u/0/r/eventedit/${EID}`,
  title: 'Leeds rollout plan',
  when: { start: '2026-11-24T14:00:00', end: '2026-11-24T14:45:00' },
  people: [{ name: 'Maya', email: 'maya@northwind-logistics.com', role: 'attendee' }],
};

describe('PrepareMeeting', () => {
  it('renders nothing outside a calendar event', async () => {
    const w = await makeWorld();
    const { container } = render(
      <PrepareMeeting
        db={w.db}
        signal={{ ...signal, site: 'gmail', view: 'thread' }}
        customer={null}
        onOpen={() => {}}
      />,
    );
    expect(container).toBeEmptyDOMElement();
  });

  it('creates the meeting once, then opens it on the next click', async () => {
    const w = await makeWorld();
    const onOpen = vi.fn();
    const onChanged = vi.fn();
    render(
      <PrepareMeeting
        db={w.db}
        signal={signal}
        customer={{ id: w.northwind.id, name: 'Northwind Logistics' }}
        onOpen={onOpen}
        onChanged={onChanged}
        now={() => NOW}
      />,
    );
    const user = userEvent.setup();
    await screen.findByText('Leeds rollout plan');
    // The templates arrive from a live query: choose once they are listed.
    await screen.findByRole('option', { name: 'Renewal' });
    await user.selectOptions(await screen.findByLabelText('Checklist'), 'Renewal');
    await user.click(screen.getByRole('button', { name: 'Prepare this meeting' }));
    await waitFor(() => expect(onOpen).toHaveBeenCalledTimes(1));
    const [meeting, created] = onOpen.mock.calls[0]!;
    expect(created).toBe(true);
    expect(meeting).toMatchObject({
      customerId: w.northwind.id,
      title: 'Leeds rollout plan',
      startsAt: new Date(2026, 10, 24, 14).getTime(),
      externalId: 'gcal:abc123xyz',
      templateId: 'builtin-renewal',
    });
    expect(onChanged).toHaveBeenCalled();
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Prepared “Leeds rollout plan”'),
    );

    await screen.findByText(/already prepared/i);
    await user.click(screen.getByRole('button', { name: 'Prepare this meeting' }));
    await waitFor(() =>
      expect(onOpen).toHaveBeenLastCalledWith(expect.objectContaining({ id: meeting.id }), false),
    );
    expect(await w.db.meetings.where('externalId').equals('gcal:abc123xyz').count()).toBe(1);
  });

  it('asks for the customer when the tab matched none', async () => {
    const w = await makeWorld();
    const onOpen = vi.fn();
    render(<PrepareMeeting db={w.db} signal={signal} customer={null} onOpen={onOpen} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Prepare this meeting' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Pick the customer');
    await user.selectOptions(screen.getByLabelText('Customer'), 'Globex Health');
    await user.click(screen.getByRole('button', { name: 'Prepare this meeting' }));
    await waitFor(() => expect(onOpen).toHaveBeenCalled());
    expect(onOpen.mock.calls[0]![0].customerId).toBe(w.globex.id);
  });

  it('with 10,000 customers and no match, lists at most 50 and finds the customer by typing', async () => {
    const w = await makeWorld();
    const rows = numberedCustomers(10_000);
    await w.db.customers.bulkAdd(rows);
    const onOpen = vi.fn();
    render(<PrepareMeeting db={w.db} signal={signal} customer={null} onOpen={onOpen} />);
    const user = userEvent.setup();
    const select = (await screen.findByLabelText('Customer')) as HTMLSelectElement;
    const find = screen.getByLabelText('Find customer');
    await waitFor(() => expect(select.options).toHaveLength(1 + CUSTOMER_CHOICES));
    expect(find).toHaveAccessibleDescription(
      'Showing the first 50 by name: type more of it to find the others.',
    );

    await user.type(find, 'globex');
    await waitFor(() => expect(select).toHaveValue(w.globex.id));
    await user.click(screen.getByRole('button', { name: 'Prepare this meeting' }));
    await waitFor(() => expect(onOpen).toHaveBeenCalled());
    expect(onOpen.mock.calls[0]![0].customerId).toBe(w.globex.id);
  });

  it('lists no earlier pick when the search finds nobody, and cannot prepare for it', async () => {
    const w = await makeWorld();
    const onOpen = vi.fn();
    render(<PrepareMeeting db={w.db} signal={signal} customer={null} onOpen={onOpen} />);
    const user = userEvent.setup();
    const select = (await screen.findByLabelText('Customer')) as HTMLSelectElement;
    const find = screen.getByLabelText('Find customer');
    await user.type(find, 'globex');
    await waitFor(() => expect(select).toHaveValue(w.globex.id));
    await user.type(find, 'zzz');
    await waitFor(() => expect(select).toHaveValue(''));
    expect([...select.options].map((o) => o.textContent)).toEqual(['No customer matches']);
    await user.click(screen.getByRole('button', { name: 'Prepare this meeting' }));
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('shows in the popup for the active calendar tab and reveals the prepared meeting', async () => {
    const w = await makeWorld();
    const env = makeEnv(w.db, {
      signal,
      match: {
        customerId: w.northwind.id,
        name: 'Northwind Logistics',
        confidence: 0.95,
        reason: 'contact maya@northwind-logistics.com',
        via: 'email',
        candidates: [],
        ambiguous: false,
      },
      at: NOW,
    });
    renderPopup(env);
    const user = userEvent.setup();
    const prepare = await screen.findByRole('button', { name: 'Prepare this meeting' });
    // Enabled once it knows whether the event was prepared before (a live query).
    await waitFor(() => expect(prepare).toBeEnabled());
    await user.click(prepare);
    const toggle = await screen.findByRole('button', {
      name: /Leeds rollout plan/,
      expanded: true,
    });
    expect(toggle).toHaveTextContent('Northwind Logistics');
  });
});
