import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TemplatesSection } from '@/components/workspace/TemplatesSection';
import { seedBuiltinTemplates } from '@/lib/readiness/seed';
import { DEFAULT_TEMPLATES, builtinTemplateId } from '@/lib/readiness/templates';
import { freshDb } from '../db/helpers';
import { renderWithEnv } from './render';

const discovery = builtinTemplateId('discovery');

async function setup() {
  const db = freshDb();
  await seedBuiltinTemplates(db);
  renderWithEnv(<TemplatesSection />, db);
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: /^Discovery/ }));
  const form = await screen.findByRole('form', { name: 'Edit Discovery' });
  return { db, user, form };
}

describe('template editor', () => {
  it('edits an item’s text, required, weight and rule, reorders, and saves', async () => {
    const { db, user, form } = await setup();
    const text = within(form).getByLabelText('Text', { selector: `[id$="-1-text"]` });
    await user.clear(text);
    await user.type(text, 'Read their annual report');
    const item2 = within(form).getByRole('group', { name: 'Item 2' });
    await user.click(within(item2).getByLabelText('Required'));
    const weight = within(item2).getByLabelText('Weight');
    await user.clear(weight);
    await user.type(weight, '3');
    await user.selectOptions(
      within(item2).getByLabelText('Checked automatically when'),
      'There is news to share',
    );
    await user.click(within(form).getByRole('button', { name: 'Move item 2 up' }));
    await user.click(within(form).getByRole('button', { name: 'Save template' }));
    expect(await within(form).findByText('Saved')).toBeInTheDocument();
    const saved = (await db.templates.get(discovery))!;
    expect(saved.items[0]).toMatchObject({
      text: 'Read their annual report',
      required: true,
      weight: 3,
      rule: 'has-news',
    });
    expect(saved.items[1]!.text).toBe(DEFAULT_TEMPLATES[0]!.items[0]!.text);
  });

  it('shows problems beside the fields and saves nothing', async () => {
    const { db, user, form } = await setup();
    await user.clear(within(form).getByLabelText('Template name'));
    const item3 = within(form).getByRole('group', { name: 'Item 3' });
    await user.clear(within(item3).getByLabelText('Text'));
    await user.click(within(form).getByRole('button', { name: 'Save template' }));
    expect(await within(form).findByText('Name is required')).toBeInTheDocument();
    expect(within(item3).getByText('Text is required')).toBeInTheDocument();
    expect(within(item3).getByLabelText('Text')).toHaveAttribute('aria-invalid', 'true');
    expect((await db.templates.get(discovery))!.name).toBe('Discovery');
  });

  it('adds and removes items, then restores the built-in to its default', async () => {
    const { db, user, form } = await setup();
    const count = DEFAULT_TEMPLATES[0]!.items.length;
    await user.click(within(form).getByRole('button', { name: 'Remove item 1' }));
    await user.click(within(form).getByRole('button', { name: 'Add item' }));
    const last = within(form).getByRole('group', { name: `Item ${count}` });
    await user.type(within(last).getByLabelText('Text'), 'Bring a printed agenda');
    await user.click(within(form).getByRole('button', { name: 'Save template' }));
    await waitFor(async () =>
      expect((await db.templates.get(discovery))!.items.at(-1)!.text).toBe(
        'Bring a printed agenda',
      ),
    );
    await user.click(await within(form).findByRole('button', { name: 'Restore default' }));
    await user.click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Restore default' }),
    );
    await waitFor(async () =>
      expect((await db.templates.get(discovery))!.items.map((i) => i.text)).toEqual(
        DEFAULT_TEMPLATES[0]!.items.map((i) => i.text),
      ),
    );
    expect(within(form).queryByRole('button', { name: 'Delete template' })).toBeNull();
  });

  it('creates a new template and deletes it', async () => {
    const { db, user } = await setup();
    await user.click(screen.getByRole('button', { name: 'New template' }));
    const form = await screen.findByRole('form', { name: 'New template' });
    await user.type(within(form).getByLabelText('Template name'), 'Quarterly check-in');
    await user.type(within(form).getByLabelText('Text'), 'Ask how the quarter went');
    await user.click(within(form).getByRole('button', { name: 'Create template' }));
    const edit = await screen.findByRole('form', { name: 'Edit Quarterly check-in' });
    expect(await db.templates.count()).toBe(DEFAULT_TEMPLATES.length + 1);
    await user.click(within(edit).getByRole('button', { name: 'Delete template' }));
    await user.click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete' }),
    );
    await waitFor(async () => expect(await db.templates.count()).toBe(DEFAULT_TEMPLATES.length));
  });
});
