import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DataSection } from '@/components/workspace/DataSection';
import { customers as customerRepo } from '@/lib/db/customers';
import { backupToJson, exportBackup } from '@/lib/io/backup';
import { loadSampleWorkspace } from '@/lib/sample/workspace';
import { dumpAll, freshDb } from '../db/helpers';
import { csvBytes } from '../io/fixtures';
import { renderWithEnv } from './render';

function fileOf(name: string, bytes: Uint8Array | string, type = 'text/csv') {
  return new File([bytes as BlobPart], name, { type });
}

describe('CSV import in the workspace', () => {
  it('detects the export, previews with rejected rows, imports with progress', async () => {
    const db = freshDb();
    renderWithEnv(<DataSection />, db);
    const user = userEvent.setup();
    await user.upload(
      screen.getByLabelText('Choose a CSV file'),
      fileOf('accounts.csv', csvBytes('salesforce-accounts.csv')),
    );
    expect(await screen.findByText(/detected: Salesforce accounts export/)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'What the import would do' });
    expect(within(table).getByRole('row', { name: /Customers/ })).toHaveTextContent('Customers40');
    expect(screen.getByText('Row 6: the company name is empty')).toBeInTheDocument();
    expect(
      screen.getByText(/Row 7: Account ID “not-an-id” is not a valid salesforce id/),
    ).toBeInTheDocument();
    expect(await db.customers.count()).toBe(0);
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText(/4 customers created, 0 updated/)).toBeInTheDocument();
    expect(await db.customers.count()).toBe(4);
  });

  it('maps the columns of any CSV by hand', async () => {
    const db = freshDb();
    renderWithEnv(<DataSection />, db);
    const user = userEvent.setup();
    await user.upload(
      screen.getByLabelText('Choose a CSV file'),
      fileOf('people.csv', csvBytes('generic-list.csv')),
    );
    expect(await screen.findByText(/Say what each column holds/)).toBeInTheDocument();
    expect(screen.getByLabelText('Use column “Organisation” as')).toHaveValue('company');
    await user.selectOptions(screen.getByLabelText('Use column “Notes” as'), 'title');
    await user.click(screen.getByRole('button', { name: 'Preview import' }));
    await user.click(await screen.findByRole('button', { name: 'Import' }));
    expect(await screen.findByText(/2 customers created.*3 contacts created/)).toBeInTheDocument();
    const ada = await db.contacts.where('emails').equals('ada@analytical.engines').first();
    expect(ada?.title).toBe('Met at the conference; wants "a demo"');
  });

  it.each([
    ['binary.csv', /not a CSV file/],
    // was latin1.csv, which is now read as Windows-1252 (issue 17)
    ['unknown-encoding.csv', /not UTF-8/],
    ['empty.csv', /empty/],
    ['header-only.csv', /no data rows/],
    ['truncated-quote.csv', /never closed/],
  ])('refuses %s with a message and changes nothing', async (name, message) => {
    const db = freshDb();
    await customerRepo.create(db, { name: 'Existing' });
    const before = await dumpAll(db);
    renderWithEnv(<DataSection />, db);
    const user = userEvent.setup();
    await user.upload(screen.getByLabelText('Choose a CSV file'), fileOf(name, csvBytes(name)));
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(await dumpAll(db)).toEqual(before);
  });

  it('says when no row can be imported, and offers no Import button', async () => {
    const db = freshDb();
    renderWithEnv(<DataSection />, db);
    const user = userEvent.setup();
    const csv = 'Organization - ID,Organization - Name\n1,\n2,  \n';
    await user.upload(screen.getByLabelText('Choose a CSV file'), fileOf('x.csv', csv));
    expect(await screen.findByText(/None of the 2 rows can be imported/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import' })).toBeDisabled();
  });

  it('turns a full disk into a clear message', async () => {
    const db = freshDb();
    vi.spyOn(db.customers, 'bulkPut').mockRejectedValue(
      Object.assign(new Error('quota'), { name: 'QuotaExceededError' }),
    );
    renderWithEnv(<DataSection />, db);
    const user = userEvent.setup();
    await user.upload(
      screen.getByLabelText('Choose a CSV file'),
      fileOf('companies.csv', csvBytes('hubspot-companies.csv')),
    );
    await user.click(await screen.findByRole('button', { name: 'Import' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /no room left.*nothing was imported/,
    );
    expect(await db.customers.count()).toBe(0);
  });
});

describe('backup in the workspace', () => {
  it('exports through a Blob URL and <a download>', async () => {
    const db = freshDb();
    await customerRepo.create(db, { name: 'Acme' });
    const created = vi.fn((_: Blob) => 'blob:backup');
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderWithEnv(<DataSection />, db);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Export backup' }));
    expect(await screen.findByText(/Exported 1 records/)).toBeInTheDocument();
    expect(click).toHaveBeenCalled();
    const anchor = click.mock.contexts[0] as HTMLAnchorElement;
    expect(anchor.download).toMatch(/^callprep-backup-\d{4}-\d\d-\d\d\.json$/);
    const json = JSON.parse(await created.mock.calls[0]![0].text());
    expect(json).toMatchObject({ format: 'callprep-backup', counts: { customers: 1 } });
  });

  it('previews a restore by mode, then replaces', async () => {
    const db = freshDb();
    await loadSampleWorkspace(db, Date.UTC(2026, 10, 23));
    const text = backupToJson(await exportBackup(db));
    const extra = await customerRepo.create(db, { name: 'Made later' });
    renderWithEnv(<DataSection />, db);
    const user = userEvent.setup();
    await user.upload(
      screen.getByLabelText('Restore from a backup file'),
      fileOf('backup.json', text, 'application/json'),
    );
    const table = await screen.findByRole('table', { name: 'What the restore would do' });
    expect(within(table).getByRole('row', { name: /^Customers/ })).toHaveTextContent(
      'Customers5005',
    );
    await user.click(screen.getByLabelText(/Replace: this browser’s data/));
    await waitFor(() =>
      expect(
        within(screen.getByRole('table', { name: 'What the restore would do' })).getByRole('row', {
          name: /^Customers/,
        }),
      ).toHaveTextContent('Customers5051'),
    );
    await user.click(screen.getByRole('button', { name: 'Replace everything' }));
    expect(await screen.findByText(/now holds exactly the backup/)).toBeInTheDocument();
    expect(await db.customers.get(extra.id)).toBeUndefined();
  });

  it('before Replace everything, without automatic backup, saves what is here to a file and says where', async () => {
    const db = freshDb();
    const text = backupToJson(await exportBackup(db));
    await customerRepo.create(db, { name: 'Only here' });
    const created = vi.fn((_: Blob) => 'blob:safety');
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderWithEnv(<DataSection />, db);
    const user = userEvent.setup();
    await user.upload(
      screen.getByLabelText('Restore from a backup file'),
      fileOf('empty.json', text, 'application/json'),
    );
    await user.click(await screen.findByLabelText(/Replace: this browser’s data/));
    await user.click(await screen.findByRole('button', { name: 'Replace everything' }));
    const done = await screen.findByText(/now holds exactly the backup/);
    const anchor = click.mock.contexts.at(-1) as HTMLAnchorElement;
    expect(anchor.download).toMatch(/^callprep-before-restore-\d{4}-\d\d-\d\d-\d{4}\.json$/);
    expect(done).toHaveTextContent(`saved in your Downloads folder as ${anchor.download}`);
    // The copy holds what the Replace deleted.
    const copy = JSON.parse(await created.mock.calls.at(-1)![0].text());
    expect(copy.data.customers.map((c: { name: string }) => c.name)).toEqual(['Only here']);
    expect(await db.customers.count()).toBe(0);
    click.mockRestore();
  });

  it('refuses a damaged backup, naming the row, and changes nothing', async () => {
    const db = freshDb();
    await loadSampleWorkspace(db);
    const json = JSON.parse(backupToJson(await exportBackup(db)));
    json.data.goals[2].status = 'maybe';
    const before = await dumpAll(db);
    renderWithEnv(<DataSection />, db);
    const user = userEvent.setup();
    await user.upload(
      screen.getByLabelText('Restore from a backup file'),
      fileOf('backup.json', JSON.stringify(json), 'application/json'),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /goals row 3 \(id .+\): status must be/,
    );
    expect(screen.queryByRole('button', { name: /Merge backup|Replace everything/ })).toBeNull();
    expect(await dumpAll(db)).toEqual(before);
  });
});

describe('a backup with a bad row', () => {
  it('lists what would be left out in words, and restores the rest from the keyboard', async () => {
    const db = freshDb();
    await loadSampleWorkspace(db);
    const original = await dumpAll(db);
    const json = JSON.parse(backupToJson(await exportBackup(db)));
    const ada = json.data.contacts[6];
    Object.assign(ada, { name: 'Ada Lovelace', emails: ['ada@'] });
    await Promise.all(db.tables.map((t) => t.clear()));
    renderWithEnv(<DataSection />, db);
    const user = userEvent.setup();
    await user.upload(
      screen.getByLabelText('Restore from a backup file'),
      fileOf('backup.json', JSON.stringify(json), 'application/json'),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('One record in this backup cannot be restored:');
    expect(alert).toHaveTextContent(
      'Contact “Ada Lovelace” has an email that is not valid: “ada@”.',
    );
    expect(alert).toHaveTextContent(/Details: contacts row 7 \(id .+\): emails\.0/);
    const button = await screen.findByRole('button', { name: 'Restore the rest' });
    await waitFor(() => expect(button).toBeEnabled());
    button.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText(/1 record was left out/)).toBeInTheDocument();
    const after = await dumpAll(db);
    expect(after.contacts).toHaveLength(original.contacts!.length - 1);
    expect(await db.contacts.get(ada.id)).toBeUndefined();
    expect(after.customers).toEqual(original.customers);
  });
});

describe('CSV files in the layouts CRMs and Excel really write', () => {
  it('reads a Windows-1252 Salesforce report, says so, names are right, and the footer is no rejected row', async () => {
    const db = freshDb();
    renderWithEnv(<DataSection />, db);
    const user = userEvent.setup();
    await user.upload(
      screen.getByLabelText('Choose a CSV file'),
      fileOf('report.csv', csvBytes('salesforce-contacts-report-1252.csv')),
    );
    expect(await screen.findByText(/detected: Salesforce contacts export/)).toBeInTheDocument();
    expect(screen.getByText(/Read as Windows-1252 \(Western European\) text/)).toBeInTheDocument();
    expect(
      screen.getByText(/Contacts, for example: Jürgen Müller, Françoise Lefèvre/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Left out the report’s footer: Grand Totals \(4 records\)/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/rows will be skipped/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText(/4 contacts created/)).toBeInTheDocument();
    expect((await db.contacts.toArray()).map((c) => c.name)).toContain('Seán O’Brien');
  });

  it('detects Pipedrive’s default people export and imports it without a mapping screen', async () => {
    const db = freshDb();
    renderWithEnv(<DataSection />, db);
    const user = userEvent.setup();
    await user.upload(
      screen.getByLabelText('Choose a CSV file'),
      fileOf('people.csv', csvBytes('pipedrive-people-default.csv')),
    );
    expect(await screen.findByText(/detected: Pipedrive people export/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText(/3 customers created.*3 contacts created/)).toBeInTheDocument();
  });

  it('maps a German list’s Ansprechpartner, Telefon and Position on the mapping screen', async () => {
    renderWithEnv(<DataSection />, freshDb());
    const user = userEvent.setup();
    await user.upload(
      screen.getByLabelText('Choose a CSV file'),
      fileOf('kontakte.csv', csvBytes('german-contacts-semicolon.csv')),
    );
    expect(await screen.findByLabelText('Use column “Ansprechpartner” as')).toHaveValue('name');
    expect(screen.getByLabelText('Use column “Telefon” as')).toHaveValue('phone');
    expect(screen.getByLabelText('Use column “Position” as')).toHaveValue('title');
    expect(screen.getByLabelText('Use column “Firma” as')).toHaveValue('company');
  });
});
