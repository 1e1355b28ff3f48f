import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { Welcome } from '@/components/workspace/Welcome';
import { getDb } from '@/lib/db';
import { customers } from '@/lib/db/customers';
import { notes } from '@/lib/db/notes';
import { planSampleRemoval } from '@/lib/sample/removal';
import { loadSampleWorkspace } from '@/lib/sample/workspace';
import { HOUR, utc } from '../clock';
import { freshDb } from '../db/helpers';

const LOADED = utc(2026, 11, 23, 9, 0);

// Welcome reads the page's own database (getDb): empty it after each test.
afterEach(async () => {
  const db = getDb();
  await Promise.all(db.tables.map((t) => t.clear()));
});

describe('removing the sample workspace', () => {
  it('counts what goes, and what of it the seller added or changed since loading', async () => {
    const db = freshDb();
    await loadSampleWorkspace(db, LOADED);
    const own = await customers.create(db, { name: 'My own customer' }, () => LOADED + HOUR);
    await notes.create(db, { customerId: own.id, body: 'not a sample note' }, () => LOADED + HOUR);
    const untouched = await planSampleRemoval(db);
    expect(untouched.customers).toBe(5);
    expect(untouched.rows.map((r) => r.table)).toContain('meetings');
    expect(untouched.yours).toEqual([]);
    expect(untouched.editedCustomers).toBe(0);

    await notes.create(db, { customerId: 'sample-northwind', body: 'mine' }, () => LOADED + HOUR);
    const withMine = await planSampleRemoval(db);
    expect(withMine.yours).toEqual([{ table: 'notes', count: 1, text: '1 note' }]);
  });

  it('asks first, naming what it deletes and what of it is the seller’s, and keeps it all on "Keep"', async () => {
    const db = getDb();
    await loadSampleWorkspace(db, Date.now() - HOUR);
    await notes.create(db, { customerId: 'sample-northwind', body: 'typed in a sample meeting' });
    render(<Welcome />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Remove sample workspace' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Remove the sample workspace?' });
    expect(dialog).toHaveTextContent(/This deletes the 5 sample customers and their .*meetings/);
    expect(dialog).toHaveTextContent(/what you added or changed in the sample: 1 note/);
    expect(await db.customers.count()).toBe(5);

    await user.click(screen.getByRole('button', { name: 'Keep the sample' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect((await db.notes.toArray()).some((n) => n.body === 'typed in a sample meeting')).toBe(
      true,
    );

    await user.click(screen.getByRole('button', { name: 'Remove sample workspace' }));
    await user.click(await screen.findByRole('button', { name: 'Remove them' }));
    await waitFor(async () => expect(await db.customers.count()).toBe(0));
    expect(await screen.findByRole('button', { name: 'Load sample workspace' })).toBeVisible();
  });
});
