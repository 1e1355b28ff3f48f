import { getSettings, updateSettings } from '../db/settings';
import type { CallprepDB } from '../db/schema';
import { isBuiltinHost } from '.';

/**
 * Custom CRM hosts (a self-hosted CRM, a regional instance): the seller adds a
 * host, the browser asks them for access to that one host at that moment, and
 * the content script is registered there. Never `<all_urls>`, never a wildcard.
 * The browser API is passed in, so tests use a small fake.
 */

/** The content script WXT builds from entrypoints/content.ts. */
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';
export const MAX_CUSTOM_HOSTS = 50;

type Permissions = { origins?: string[]; permissions?: string[] };
type RegisteredScript = {
  id: string;
  matches: string[];
  js: string[];
  runAt?: 'document_start' | 'document_end' | 'document_idle';
  persistAcrossSessions?: boolean;
};

/** The parts of `browser` this module uses (`scripting` exists only once granted). */
export type CustomHostsApi = {
  permissions: {
    request(p: Permissions): Promise<boolean>;
    remove(p: Permissions): Promise<boolean>;
    contains(p: Permissions): Promise<boolean>;
  };
  scripting?: {
    registerContentScripts(scripts: RegisteredScript[]): Promise<void>;
    unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
    getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<{ id: string }[]>;
  };
};

export type HostResult = { ok: true; host: string } | { ok: false; error: string };

export const hostPattern = (host: string) => `https://${host}/*`;
export const scriptId = (host: string) => `callprep-custom-${host}`;

/**
 * A host name from what the seller typed: `crm.example.com`, or a bare origin
 * such as `https://crm.example.com/`. Refuses paths, ports, wildcards, IP
 * addresses and single-label names, each with a message saying what to enter.
 */
export function parseHostInput(input: string): HostResult {
  const text = input.trim().toLowerCase();
  if (!text) return { ok: false, error: 'Enter a host name, like crm.example.com.' };
  if (text.includes('*')) {
    return { ok: false, error: 'Wildcards are not allowed: enter one host, like crm.example.com.' };
  }
  let url: URL;
  try {
    url = new URL(text.includes('://') ? text : `https://${text}`);
  } catch {
    return { ok: false, error: 'That is not a host name. Enter one like crm.example.com.' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, error: 'Enter a web host name, like crm.example.com.' };
  }
  const hasPath = text.includes('://')
    ? url.pathname !== '/' || url.search !== '' || url.hash !== ''
    : /[/?#]/.test(text);
  if (hasPath) {
    return {
      ok: false,
      error: 'Enter just the host name, without a path (crm.example.com, not crm.example.com/app).',
    };
  }
  if (url.port) return { ok: false, error: 'Enter the host name without a port.' };
  if (url.username || url.password || text.includes('@')) {
    return { ok: false, error: 'Enter just the host name, like crm.example.com.' };
  }
  const host = url.hostname.replace(/\.$/, '');
  if (
    host.length > 253 ||
    !/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/.test(host)
  ) {
    return { ok: false, error: 'Enter a full host name with its domain, like crm.example.com.' };
  }
  if (isBuiltinHost(host)) {
    return { ok: false, error: `Callprep already recognizes ${host}; no need to add it.` };
  }
  return { ok: true, host };
}

async function register(api: CustomHostsApi, host: string, js: string): Promise<void> {
  const scripting = api.scripting;
  if (!scripting) throw new Error('The browser did not grant script access.');
  const id = scriptId(host);
  const existing = await scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length) await scripting.unregisterContentScripts({ ids: [id] });
  await scripting.registerContentScripts([
    {
      id,
      matches: [hostPattern(host)],
      js: [js],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}

/**
 * Adds a custom host. Call it straight from the click handler: the permission
 * request must be the first thing awaited, while the click still counts as a
 * user gesture.
 */
export async function addCustomHost(
  api: CustomHostsApi,
  db: CallprepDB,
  input: string,
  currentHosts: readonly string[],
  js: string = CONTENT_SCRIPT_FILE,
): Promise<HostResult> {
  const parsed = parseHostInput(input);
  if (!parsed.ok) return parsed;
  const { host } = parsed;
  if (currentHosts.includes(host)) return { ok: false, error: `${host} is already in the list.` };
  if (currentHosts.length >= MAX_CUSTOM_HOSTS) {
    return { ok: false, error: `At most ${MAX_CUSTOM_HOSTS} custom hosts; remove one first.` };
  }
  let granted: boolean;
  try {
    granted = await api.permissions.request({
      origins: [hostPattern(host)],
      permissions: ['scripting'],
    });
  } catch (e) {
    return { ok: false, error: `The browser refused the request: ${(e as Error).message}` };
  }
  if (!granted) {
    return { ok: false, error: `Access to ${host} was not granted, so Callprep cannot read it.` };
  }
  try {
    await register(api, host, js);
  } catch (e) {
    return { ok: false, error: `Could not start Callprep on ${host}: ${(e as Error).message}` };
  }
  const settings = await getSettings(db);
  await updateSettings(db, { customHosts: [...new Set([...settings.customHosts, host])] });
  return { ok: true, host };
}

/** Removes a custom host: its script, its permission, and its entry in the settings. */
export async function removeCustomHost(
  api: CustomHostsApi,
  db: CallprepDB,
  host: string,
): Promise<void> {
  try {
    const id = scriptId(host);
    const existing = (await api.scripting?.getRegisteredContentScripts({ ids: [id] })) ?? [];
    if (existing.length) await api.scripting!.unregisterContentScripts({ ids: [id] });
  } finally {
    await api.permissions.remove({ origins: [hostPattern(host)] }).catch(() => false);
    const settings = await getSettings(db);
    await updateSettings(db, { customHosts: settings.customHosts.filter((h) => h !== host) });
  }
}

/** Whether the browser still grants access to a host (the seller may revoke it elsewhere). */
export async function hostGranted(api: CustomHostsApi, host: string): Promise<boolean> {
  return api.permissions.contains({ origins: [hostPattern(host)] }).catch(() => false);
}

/**
 * Makes the registered scripts match the settings (for the background on start
 * and after a restore): registers the granted hosts that lack a script, and
 * unregisters scripts for hosts no longer listed. Returns the hosts not granted.
 */
export async function syncCustomHosts(
  api: CustomHostsApi,
  hosts: readonly string[],
  js: string = CONTENT_SCRIPT_FILE,
): Promise<string[]> {
  const missing: string[] = [];
  const scripting = api.scripting;
  if (!scripting) return [...hosts];
  const registered = (await scripting.getRegisteredContentScripts()).filter((s) =>
    s.id.startsWith('callprep-custom-'),
  );
  const wanted = new Set(hosts.map(scriptId));
  const stale = registered.filter((s) => !wanted.has(s.id)).map((s) => s.id);
  if (stale.length) await scripting.unregisterContentScripts({ ids: stale });
  const have = new Set(registered.map((s) => s.id));
  for (const host of hosts) {
    if (!(await hostGranted(api, host))) missing.push(host);
    else if (!have.has(scriptId(host))) await register(api, host, js);
  }
  return missing;
}
