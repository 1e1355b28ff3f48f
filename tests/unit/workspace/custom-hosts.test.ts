import { describe, expect, it, vi } from 'vitest';
import { getSettings, updateSettings } from '@/lib/db/settings';
import {
  addCustomHost,
  parseHostInput,
  removeCustomHost,
  syncCustomHosts,
  type CustomHostsApi,
} from '@/lib/sites/custom-hosts';
import { freshDb } from '../db/helpers';

/** A small stand-in for `browser.permissions` and `browser.scripting`. */
function fakeApi(grant = true) {
  const granted = new Set<string>();
  const scripts = new Map<string, { id: string; matches: string[]; js: string[] }>();
  const api = {
    permissions: {
      request: vi.fn(async (p: { origins?: string[] }) => {
        if (grant) p.origins?.forEach((o) => granted.add(o));
        return grant;
      }),
      remove: vi.fn(async (p: { origins?: string[] }) => {
        p.origins?.forEach((o) => granted.delete(o));
        return true;
      }),
      contains: vi.fn(
        async (p: { origins?: string[] }) => !!p.origins?.every((o) => granted.has(o)),
      ),
    },
    scripting: {
      registerContentScripts: vi.fn(
        async (list: { id: string; matches: string[]; js: string[] }[]) => {
          for (const s of list) {
            if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
            scripts.set(s.id, s);
          }
        },
      ),
      unregisterContentScripts: vi.fn(async (f?: { ids?: string[] }) => {
        for (const id of f?.ids ?? [...scripts.keys()]) scripts.delete(id);
      }),
      getRegisteredContentScripts: vi.fn(async (f?: { ids?: string[] }) =>
        [...scripts.values()].filter((s) => !f?.ids || f.ids.includes(s.id)),
      ),
    },
  } satisfies CustomHostsApi;
  return { api, granted, scripts };
}

describe('parseHostInput', () => {
  it.each([
    ['crm.example.com', 'crm.example.com'],
    ['  CRM.Example.COM ', 'crm.example.com'],
    ['https://crm.example.com', 'crm.example.com'],
    ['https://crm.example.com/', 'crm.example.com'],
    ['crm.bücher.de', 'crm.xn--bcher-kva.de'],
  ])('accepts %j', (input, host) => {
    expect(parseHostInput(input)).toEqual({ ok: true, host });
  });

  it.each([
    ['', /Enter a host name/],
    ['*', /Wildcards/],
    ['*.example.com', /Wildcards/],
    ['https://crm.example.com/app/home', /without a path/],
    ['crm.example.com/app', /without a path/],
    ['crm.example.com?x=1', /without a path/],
    ['crm.example.com:8443', /without a port/],
    ['localhost', /full host name/],
    ['10.0.0.1', /full host name/],
    ['ftp://crm.example.com', /web host name/],
    ['<all_urls>', /not a host name|full host name/],
    ['app.hubspot.com', /already recognizes/],
    ['acme.lightning.force.com', /already recognizes/],
  ])('refuses %j', (input, message) => {
    const result = parseHostInput(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});

describe('adding and removing a custom host', () => {
  it('asks for that one host, registers the content script there, and saves it', async () => {
    const db = freshDb();
    const { api, scripts } = fakeApi();
    const result = await addCustomHost(api, db, 'https://crm.example.com/', []);
    expect(result).toEqual({ ok: true, host: 'crm.example.com' });
    expect(api.permissions.request).toHaveBeenCalledWith({
      origins: ['https://crm.example.com/*'],
      permissions: ['scripting'],
    });
    expect([...scripts.values()]).toEqual([
      expect.objectContaining({
        id: 'callprep-custom-crm.example.com',
        matches: ['https://crm.example.com/*'],
        js: ['content-scripts/content.js'],
      }),
    ]);
    expect((await getSettings(db)).customHosts).toEqual(['crm.example.com']);

    await removeCustomHost(api, db, 'crm.example.com');
    expect(scripts.size).toBe(0);
    expect(api.permissions.remove).toHaveBeenCalledWith({ origins: ['https://crm.example.com/*'] });
    expect((await getSettings(db)).customHosts).toEqual([]);
  });

  it('changes nothing when the seller declines the permission', async () => {
    const db = freshDb();
    const { api, scripts } = fakeApi(false);
    const result = await addCustomHost(api, db, 'crm.example.com', []);
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/not granted/) });
    expect(scripts.size).toBe(0);
    expect((await getSettings(db)).customHosts).toEqual([]);
  });

  it('never asks the browser for an invalid or duplicate host', async () => {
    const db = freshDb();
    const { api } = fakeApi();
    expect((await addCustomHost(api, db, '*', [])).ok).toBe(false);
    expect((await addCustomHost(api, db, 'crm.example.com', ['crm.example.com'])).ok).toBe(false);
    expect(api.permissions.request).not.toHaveBeenCalled();
  });

  it('syncs registered scripts with the settings (after a restore or a restart)', async () => {
    const { api, granted, scripts } = fakeApi();
    granted.add('https://a.example.com/*');
    scripts.set('callprep-custom-old.example.com', {
      id: 'callprep-custom-old.example.com',
      matches: ['https://old.example.com/*'],
      js: [],
    });
    const missing = await syncCustomHosts(api, ['a.example.com', 'b.example.com']);
    expect(missing).toEqual(['b.example.com']);
    expect([...scripts.keys()]).toEqual(['callprep-custom-a.example.com']);
  });

  it('keeps settings in sync with updateSettings', async () => {
    const db = freshDb();
    await updateSettings(db, { customHosts: ['x.example.com'] });
    const { api } = fakeApi();
    await addCustomHost(api, db, 'y.example.com', ['x.example.com']);
    expect((await getSettings(db)).customHosts).toEqual(['x.example.com', 'y.example.com']);
  });
});
