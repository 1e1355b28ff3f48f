import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { onInstalled } from '@/lib/background/install';
import { customers } from '@/lib/db/customers';
import { templates } from '@/lib/db/templates';
import { freshDb } from '../db/helpers';

describe('on install', () => {
  it('seeds the five templates and opens the welcome page once', async () => {
    const db = freshDb();
    await onInstalled(
      { reason: 'install' },
      { db, tabs: fakeBrowser.tabs, runtime: fakeBrowser.runtime },
    );
    expect(await db.templates.count()).toBe(5);
    const opened = (await fakeBrowser.tabs.query({})).map((t) => t.url).filter(Boolean);
    expect(opened).toEqual([expect.stringMatching(/options\.html#welcome$/)]);
  });

  it('does not open the welcome page again over a workspace that has data', async () => {
    // An unpacked (or Firefox temporary) extension is "installed" again at each start.
    const db = freshDb();
    await customers.create(db, { name: 'Northwind Logistics' });
    await onInstalled(
      { reason: 'install' },
      { db, tabs: fakeBrowser.tabs, runtime: fakeBrowser.runtime },
    );
    expect(await db.templates.count()).toBe(5);
    const opened = (await fakeBrowser.tabs.query({})).map((t) => t.url).filter(Boolean);
    expect(opened).toEqual([]);
  });

  it('on update keeps the seller’s edits to a built-in template and opens nothing', async () => {
    const db = freshDb();
    await onInstalled(
      { reason: 'install' },
      { db, tabs: fakeBrowser.tabs, runtime: fakeBrowser.runtime },
    );
    await templates.update(db, 'builtin-discovery', { name: 'My discovery' });
    const before = (await fakeBrowser.tabs.query({})).length;
    await onInstalled(
      { reason: 'update' },
      { db, tabs: fakeBrowser.tabs, runtime: fakeBrowser.runtime },
    );
    expect((await templates.get(db, 'builtin-discovery'))?.name).toBe('My discovery');
    expect(await fakeBrowser.tabs.query({})).toHaveLength(before);
  });
});
