import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SidePanelApp } from '@/components/panel/SidePanelApp';
import { customers } from '@/lib/db/customers';
import { MESSAGE } from '@/lib/messaging';
import { PANEL_TARGET_KEY, panelTargetKey, tabStateKey } from '@/lib/session/keys';
import type { TabState } from '@/lib/session/tab-state';
import { fakeLearn, freshDb, makeEnv } from './helpers';
import { fakeApi } from './fake-browser';

const matched = (customerId: string, name: string, at: number): TabState => ({
  signal: { site: 'salesforce', view: 'record', url: 'https://x.lightning.force.com/', people: [] },
  match: {
    customerId,
    name,
    confidence: 1,
    reason: 'Salesforce Account',
    via: 'crm',
    candidates: [],
    ambiguous: false,
  },
  at,
});

/**
 * The panel following the active tab: tab 1 shows Northwind, tab 2 Globex, and
 * Initech (with `others`) exists unmatched. Set `clock.now` to stamp what happens next.
 */
async function followingTwoTabs(start: number, ...others: string[]) {
  const db = freshDb();
  const nw = await customers.create(db, { name: 'Northwind Logistics' });
  const gx = await customers.create(db, { name: 'Globex Health' });
  const ini = await customers.create(db, { name: 'Initech' });
  for (const name of others) await customers.create(db, { name });
  const browser = fakeApi(1);
  await browser.api.storage.session.set({
    [tabStateKey(1)]: matched(nw.id, nw.name, 10),
    [tabStateKey(2)]: matched(gx.id, gx.name, 20),
  });
  const clock = { now: start };
  const env = makeEnv({ db, session: browser.api.storage.session, now: () => clock.now });
  render(<SidePanelApp env={env} api={browser.api} pinnedTabId={null} />);
  await screen.findByRole('heading', { level: 1, name: 'Northwind Logistics' });
  return { ...browser, nw, ini, clock };
}

/** Picks `name` in the panel's "Find a customer" box, as the seller would. */
async function pickByHand(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.type(screen.getByRole('combobox', { name: 'Find a customer' }), name.toLowerCase());
  await screen.findByRole('option', { name });
  await user.keyboard('{Enter}');
  expect(await screen.findByRole('heading', { level: 1, name })).toBeVisible();
}

describe('SidePanelApp', () => {
  it('follows the active tab and the PanelTarget without reloading', async () => {
    const { api, activated, nw, ini, clock } = await followingTwoTabs(25);

    expect(screen.getByRole('heading', { level: 1, name: 'Northwind Logistics' })).toBeVisible();
    expect(screen.getByText(/Recognized by Salesforce Account/)).toHaveTextContent('(exact)');

    act(() => activated.fire({ tabId: 2, windowId: 7 }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Globex Health' })).toBeVisible();

    // The popup points the panel at another customer: newer than the tab, it wins.
    clock.now = 30;
    await act(() =>
      api.storage.session.set({ [PANEL_TARGET_KEY]: { customerId: ini.id, at: 30 } }),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Initech' })).toBeVisible();
    expect(screen.getByText('Chosen by you')).toBeVisible();

    // The tab then shows another page: the tab wins again.
    await act(() => api.storage.session.set({ [tabStateKey(2)]: matched(nw.id, nw.name, 40) }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Northwind Logistics' }),
    ).toBeVisible();
  });

  it('picking a customer writes a PanelTarget; linking asks the background to match the tab again', async () => {
    const db = freshDb();
    const nw = await customers.create(db, { name: 'Northwind Logistics' });
    const { api, store } = fakeApi(3);
    await api.storage.session.set({
      [tabStateKey(3)]: {
        signal: {
          site: 'gmail',
          view: 'thread',
          url: 'https://mail.google.com/',
          people: [{ email: 'a@b.com', role: 'from' }],
        },
        match: null,
        at: 1,
      },
    });
    const learn = fakeLearn();
    const send = vi.fn(async () => undefined);
    const env = makeEnv({
      db,
      session: api.storage.session,
      send,
      loadLearn: async () => learn,
      now: () => 100,
    });
    const user = userEvent.setup();
    render(<SidePanelApp env={env} api={api} pinnedTabId={3} />);

    await screen.findByRole('heading', { name: 'No customer recognized' });
    await user.click(screen.getByRole('button', { name: 'Link this page to…' }));
    await user.type(screen.getByRole('combobox', { name: 'Link this page to' }), 'north');
    await screen.findByRole('option', { name: 'Northwind Logistics' });
    await user.keyboard('{Enter}');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Northwind Logistics' }),
    ).toBeVisible();
    expect(store[panelTargetKey(3)]).toEqual({ customerId: nw.id, tabId: 3, at: 100 });
    expect(send).toHaveBeenCalledWith({ type: MESSAGE.rematch, tabId: 3 });
  });
  it('a pick made by hand stays with its tab: another tab shows its own customer, and the tab navigating drops the pick', async () => {
    const { api, activated, updated, clock } = await followingTwoTabs(100);
    const user = userEvent.setup();

    // On tab 1 the seller picks Initech by hand.
    await pickByHand(user, 'Initech');

    // Switching to tab 2 (which reports nothing new) shows tab 2's customer.
    clock.now = 200;
    act(() => activated.fire({ tabId: 2, windowId: 7 }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Globex Health' })).toBeVisible();

    // Back on tab 1, the pick made there still applies.
    clock.now = 300;
    act(() => activated.fire({ tabId: 1, windowId: 7 }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Initech' })).toBeVisible();

    // Tab 1 goes to another page that nothing recognizes: the pick was about the old page.
    clock.now = 400;
    await act(async () => {
      await api.storage.session.remove(tabStateKey(1));
      updated.fire(1, { url: 'https://example.org/' });
    });
    expect(await screen.findByRole('heading', { name: 'No customer recognized' })).toBeVisible();
  });

  it('picks made by hand on two tabs each stay with their own tab', async () => {
    const { activated, clock } = await followingTwoTabs(100, 'Umbrella Corp');
    const user = userEvent.setup();

    await pickByHand(user, 'Initech');
    clock.now = 200;
    act(() => activated.fire({ tabId: 2, windowId: 7 }));
    await screen.findByRole('heading', { level: 1, name: 'Globex Health' });
    clock.now = 250;
    await pickByHand(user, 'Umbrella Corp');

    clock.now = 300;
    act(() => activated.fire({ tabId: 1, windowId: 7 }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Initech' })).toBeVisible();
    clock.now = 400;
    act(() => activated.fire({ tabId: 2, windowId: 7 }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Umbrella Corp' })).toBeVisible();
  });

  it('a customer opened from the popup or a reminder shows until the seller switches tabs', async () => {
    const { api, activated, ini, clock } = await followingTwoTabs(100);

    // The reminder opens the panel on Initech (no tab: written by the background).
    await act(() =>
      api.storage.session.set({ [PANEL_TARGET_KEY]: { customerId: ini.id, at: 150 } }),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Initech' })).toBeVisible();

    clock.now = 200;
    act(() => activated.fire({ tabId: 2, windowId: 7 }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Globex Health' })).toBeVisible();

    clock.now = 300;
    act(() => activated.fire({ tabId: 1, windowId: 7 }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Northwind Logistics' }),
    ).toBeVisible();
  });

  it('pinned to a tab (?tabId=N): a pick applies there and other tabs do not move the panel', async () => {
    const db = freshDb();
    const nw = await customers.create(db, { name: 'Northwind Logistics' });
    const gx = await customers.create(db, { name: 'Globex Health' });
    await customers.create(db, { name: 'Initech' });
    const { api, activated } = fakeApi(1);
    await api.storage.session.set({
      [tabStateKey(1)]: matched(nw.id, nw.name, 10),
      [tabStateKey(5)]: matched(gx.id, gx.name, 20),
    });
    let clock = 100;
    const env = makeEnv({ db, session: api.storage.session, now: () => clock });
    const user = userEvent.setup();
    render(<SidePanelApp env={env} api={api} pinnedTabId={5} />);
    await screen.findByRole('heading', { level: 1, name: 'Globex Health' });

    await user.type(screen.getByRole('combobox', { name: 'Find a customer' }), 'initech');
    await screen.findByRole('option', { name: 'Initech' });
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Initech' })).toBeVisible();

    clock = 200;
    act(() => activated.fire({ tabId: 1, windowId: 7 }));
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(screen.getByRole('heading', { level: 1, name: 'Initech' })).toBeVisible();

    // The pinned tab shows another page: its customer again.
    clock = 300;
    await act(() => api.storage.session.set({ [tabStateKey(5)]: matched(nw.id, nw.name, 300) }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Northwind Logistics' }),
    ).toBeVisible();
  });
});
