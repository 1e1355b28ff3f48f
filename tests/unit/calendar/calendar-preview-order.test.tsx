/**
 * Two quick "Create customer" clicks in the calendar preview plan twice; the
 * first plan (made before the second customer existed) may finish last, and must
 * not bring the second company back as one without a customer.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import type * as Plan from '@/lib/calendar/plan';
import { CalendarImport } from '@/components/workspace/CalendarImport';
import { updateSettings } from '@/lib/db/settings';
import { seedBuiltinTemplates } from '@/lib/readiness/seed';
import { utc } from '../clock';
import { freshDb } from '../db/helpers';
import { renderWithEnv } from '../workspace/render';
import { calendarFile } from './files';

// The plan made after the first click is read at once but returned only after the one
// made after the second click.
const gate = vi.hoisted(() => ({ calls: 0, second: Promise.resolve(), release: () => {} }));
vi.mock('@/lib/calendar/plan', async (original) => {
  const real = await original<typeof Plan>();
  return {
    ...real,
    planCalendarImport: async (...args: Parameters<typeof real.planCalendarImport>) => {
      const call = ++gate.calls;
      const plan = await real.planCalendarImport(...args);
      if (call === 2) await gate.second;
      if (call === 3) gate.release();
      return plan;
    },
  };
});

it('shows the plan made after the last click, whichever plan finishes last', async () => {
  gate.second = new Promise<void>((resolve) => (gate.release = resolve));
  const NOW = utc(2026, 12, 3, 12);
  const db = freshDb();
  await seedBuiltinTemplates(db, NOW);
  await updateSettings(db, { ownDomains: ['seller.example'] });
  const user = userEvent.setup();
  renderWithEnv(<CalendarImport />, db, { now: () => NOW });
  await user.upload(
    screen.getByLabelText('Choose a calendar file'),
    new File([calendarFile('outlook-windows-zones.ics')], 'Calendar.ics'),
  );
  const northwind = await screen.findByRole('button', { name: /^Create customer Northwind/ });
  const contoso = screen.getByRole('button', { name: 'Create customer Contoso' });
  await user.click(northwind);
  await user.click(contoso);

  await waitFor(async () => expect(await db.customers.count()).toBe(2));
  await waitFor(() => expect(gate.calls).toBe(3));
  await waitFor(() =>
    expect(screen.queryByRole('button', { name: /^Create customer/ })).toBeNull(),
  );
  // Both plans have finished by now; the screen still shows the later one.
  await new Promise((r) => setTimeout(r, 50));
  expect(screen.queryByRole('button', { name: /^Create customer/ })).toBeNull();
});
