import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, it } from 'vitest';
import { CalendarImport } from '@/components/workspace/CalendarImport';
import { customers } from '@/lib/db/customers';
import type { CallprepDB } from '@/lib/db/schema';
import { updateSettings } from '@/lib/db/settings';
import { seedBuiltinTemplates } from '@/lib/readiness/seed';
import { utc } from '../clock';
import { freshDb } from '../db/helpers';
import { renderWithEnv } from '../workspace/render';
import { calendarFile } from './files';

const NOW = utc(2026, 12, 3, 12);
const fileOf = (name: string, text: string) => new File([text], name, { type: 'text/calendar' });

let db: CallprepDB;
beforeEach(async () => {
  db = freshDb();
  await seedBuiltinTemplates(db, NOW);
  await updateSettings(db, { ownDomains: ['seller.example'] });
  await customers.create(db, { name: 'Northwind Logistics', domains: ['northwind-logistics.com'] });
});

it('previews an Outlook file, makes a company a customer in one click, then imports with progress', async () => {
  const user = userEvent.setup();
  renderWithEnv(<CalendarImport />, db, { now: () => NOW });
  await user.upload(
    screen.getByLabelText('Choose a calendar file'),
    fileOf('Calendar.ics', calendarFile('outlook-windows-zones.ics')),
  );
  const counts = await screen.findByRole('table', { name: 'What the import would do' });
  expect(within(counts).getByRole('row', { name: /With a customer/ })).toHaveTextContent(
    '13 (1 customers)',
  );
  expect(within(counts).getByRole('row', { name: /only colleagues/ })).toHaveTextContent('1');
  expect(await db.meetings.count()).toBe(0);

  await user.click(screen.getByRole('button', { name: 'Create customer Contoso' }));
  await screen.findByText(/14 \(2 customers\)/);
  expect(screen.queryByRole('button', { name: /Create customer/ })).toBeNull();
  expect(await db.customers.where('domains').equals('contoso.com').count()).toBe(1);

  await user.click(screen.getByRole('button', { name: 'Import 14 changes' }));
  expect(await screen.findByRole('status')).toHaveTextContent('14 new meetings');
  expect(await db.meetings.count()).toBe(14);
});

it('says in words why a file is refused, and writes nothing', async () => {
  const user = userEvent.setup();
  renderWithEnv(<CalendarImport />, db, { now: () => NOW });
  await user.upload(
    screen.getByLabelText('Choose a calendar file'),
    fileOf('calendar.ics', calendarFile('broken-html.ics')),
  );
  expect(await screen.findByRole('alert')).toHaveTextContent(/web page \(HTML\)/);
  expect(await db.meetings.count()).toBe(0);
  expect(screen.getByLabelText('Choose a calendar file')).toBeInTheDocument();
});
