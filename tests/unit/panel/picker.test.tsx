import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CustomerPicker } from '@/components/panel/CustomerPicker';
import { customers } from '@/lib/db/customers';
import { freshDb, makeEnv, renderWithEnv } from './helpers';

async function setup(props: Partial<Parameters<typeof CustomerPicker>[0]> = {}) {
  const db = freshDb();
  const ids: Record<string, string> = {};
  for (const name of ['Acme Analytics', 'Globex Health', 'Initech', 'Northwind Logistics'])
    ids[name] = (await customers.create(db, { name })).id;
  const onSelect = vi.fn();
  renderWithEnv(
    <CustomerPicker label="Find a customer" onSelect={onSelect} {...props} />,
    makeEnv({ db }),
  );
  return {
    ids,
    onSelect,
    user: userEvent.setup(),
    input: screen.getByRole('combobox', { name: 'Find a customer' }),
  };
}

describe('CustomerPicker', () => {
  it('is a combobox that opens a listbox, and filters as you type', async () => {
    const { input, user } = await setup();
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveAttribute('aria-autocomplete', 'list');
    await user.click(input);
    const list = await screen.findByRole('listbox', { name: 'Find a customer' });
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(4));
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(input).toHaveAttribute('aria-controls', list.id);
    await user.type(input, 'glo');
    await waitFor(() =>
      expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Globex Health']),
    );
  });

  it('moves with the arrow keys (wrapping) and chooses with Enter', async () => {
    const { input, user, onSelect, ids } = await setup();
    input.focus();
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(4));
    const active = () => document.getElementById(input.getAttribute('aria-activedescendant')!);
    expect(active()).toHaveTextContent('Acme Analytics');
    expect(active()).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(active()).toHaveTextContent('Initech');
    await user.keyboard('{ArrowUp}{ArrowUp}{ArrowUp}');
    expect(active()).toHaveTextContent('Northwind Logistics');
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith(ids['Northwind Logistics'], 'Northwind Logistics');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveValue('');
  });

  it('Enter right after typing chooses from the results for what was typed, never a stale list', async () => {
    const { input, onSelect, ids } = await setup();
    const user = userEvent.setup({ delay: null });
    input.focus();
    // The list for the empty query (Acme Analytics first) is showing…
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(4));
    // …and the seller types and presses Enter before the filtered list is back.
    await user.type(input, 'north{Enter}');
    await waitFor(() => expect(onSelect).toHaveBeenCalled());
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(onSelect).toHaveBeenCalledWith(ids['Northwind Logistics'], 'Northwind Logistics');
  });

  it('Esc closes the list, then clears the query', async () => {
    const { input, user, onSelect } = await setup();
    await user.click(input);
    await user.type(input, 'ini');
    await screen.findByRole('option', { name: 'Initech' });
    await user.keyboard('{Escape}');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveValue('ini');
    await user.keyboard('{Escape}');
    expect(input).toHaveValue('');
    expect(onSelect).not.toHaveBeenCalled();
  });

  it("offers the page's other candidates first, with why, in words", async () => {
    const { input, user } = await setup({
      candidates: [
        {
          customerId: 'x1',
          name: 'Globex Clinics',
          confidence: 0.7,
          reason: 'company name “Globex”',
          via: 'company',
        },
      ],
      excludeId: undefined,
    });
    await user.click(input);
    const first = (await screen.findAllByRole('option'))[0]!;
    expect(first).toHaveTextContent('Globex Clinics');
    expect(first).toHaveTextContent('likely: company name “Globex”');
    expect(first.textContent).not.toMatch(/0\.7|70/);
  });

  it('says when nothing matches', async () => {
    const { input, user } = await setup();
    await user.click(input);
    await user.type(input, 'zzz');
    expect(await screen.findByText('No customer named like “zzz”.')).toBeVisible();
  });

  it('chooses with the mouse too', async () => {
    const { input, user, onSelect, ids } = await setup();
    await user.click(input);
    await user.click(await screen.findByRole('option', { name: 'Initech' }));
    expect(onSelect).toHaveBeenCalledWith(ids.Initech, 'Initech');
  });
});
