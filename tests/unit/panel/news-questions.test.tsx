import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { NewsSection } from '@/components/customer/NewsSection';
import { QuestionsSection } from '@/components/customer/QuestionsSection';
import { listNews } from '@/lib/db/news';
import { listQuestions } from '@/lib/db/questions';
import { freshDb, makeCustomer, makeEnv, renderWithEnv } from './helpers';

async function setup() {
  const db = freshDb();
  const customer = await makeCustomer(db);
  return { db, customer, env: makeEnv({ db }), user: userEvent.setup() };
}

describe('NewsSection', () => {
  it('starts empty with a hint, adds news with a link, and marks it shared', async () => {
    const { db, customer, env, user } = await setup();
    renderWithEnv(<NewsSection customerId={customer.id} />, env);
    expect(await screen.findByText(/Nothing to share yet/)).toBeVisible();
    await user.type(screen.getByLabelText('News', { exact: true }), 'Offline mode shipped');
    await user.type(screen.getByLabelText('Link (optional)'), 'https://example.com/offline');
    await user.click(screen.getByRole('button', { name: 'Add news' }));
    const link = await screen.findByRole('link', { name: 'Link for Offline mode shipped' });
    expect(link).toHaveAttribute('href', 'https://example.com/offline');
    expect(link).toHaveAttribute('rel', expect.stringContaining('noopener'));

    await user.click(screen.getByRole('button', { name: 'Mark shared: Offline mode shipped' }));
    await screen.findByRole('button', { name: 'Mark not shared: Offline mode shipped' });
    expect((await listNews(db, customer.id))[0]!.sharedAt).not.toBeNull();
  });

  it('refuses a link that is not http(s), beside the field, keeping the text', async () => {
    const { db, customer, env, user } = await setup();
    renderWithEnv(<NewsSection customerId={customer.id} />, env);
    await user.type(await screen.findByLabelText('News', { exact: true }), 'A result');
    await user.type(screen.getByLabelText('Link (optional)'), 'javascript:alert(1)');
    await user.click(screen.getByRole('button', { name: 'Add news' }));
    expect(await screen.findByText('Link must be an http(s) link')).toBeVisible();
    expect(screen.getByLabelText('Link (optional)')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('News', { exact: true })).toHaveValue('A result');
    expect(await listNews(db, customer.id)).toEqual([]);
  });
});

describe('QuestionsSection', () => {
  it('adds a question and marks it asked; an empty one is refused', async () => {
    const { db, customer, env, user } = await setup();
    renderWithEnv(<QuestionsSection customerId={customer.id} />, env);
    expect(await screen.findByText(/No questions yet/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Add question' }));
    expect(await screen.findByText('Question is required')).toBeVisible();

    await user.type(screen.getByLabelText('Question to ask'), 'Who else must agree?');
    await user.click(screen.getByRole('button', { name: 'Add question' }));
    await user.click(
      await screen.findByRole('button', { name: 'Mark asked: Who else must agree?' }),
    );
    await waitFor(async () =>
      expect((await listQuestions(db, customer.id))[0]!.askedAt).not.toBeNull(),
    );
    expect(screen.queryByText('Question is required')).toBeNull();
  });
});
