import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  setTabBadge,
  tabBadgeFor,
  TAB_BADGE_COLORS,
  type TabBadgeAction,
} from '@/lib/background/badge';
import type { Match } from '@/lib/match/types';

const match: Match = {
  customerId: 'c1',
  name: 'Acme',
  confidence: 0.85,
  reason: 'email domain acme.com',
  via: 'domain',
  candidates: [],
  ambiguous: false,
};
const ambiguous: Match = {
  ...match,
  ambiguous: true,
  candidates: [{ ...match, customerId: 'c2', name: 'Acme US' }],
};

const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)).concat(255);

describe('per-tab badge', () => {
  it('says what it shows: ● matched, ? ambiguous, nothing otherwise', () => {
    expect(tabBadgeFor(match)).toEqual({
      text: '●',
      color: TAB_BADGE_COLORS.matched,
      title: 'Callprep — Acme (email domain acme.com)',
    });
    expect(tabBadgeFor(ambiguous)).toMatchObject({ text: '?', color: TAB_BADGE_COLORS.ambiguous });
    expect(tabBadgeFor(ambiguous).title).toContain('Acme or Acme US');
    expect(tabBadgeFor(null)).toEqual({ text: null, color: null, title: null });
  });

  it('sets the badge on that tab only, and clears it back to the global badge', async () => {
    const action = fakeBrowser.action;
    await action.setBadgeText({ text: '60%' });
    await setTabBadge(action, 3, match);
    expect(await action.getBadgeText({ tabId: 3 })).toBe('●');
    expect(await action.getBadgeBackgroundColor({ tabId: 3 })).toEqual(
      hex(TAB_BADGE_COLORS.matched),
    );
    expect(await action.getTitle({ tabId: 3 })).toBe('Callprep — Acme (email domain acme.com)');
    expect(await action.getBadgeText({ tabId: 4 })).toBe('');
    expect(await action.getBadgeText({})).toBe('60%');

    await setTabBadge(action, 3, ambiguous);
    expect(await action.getBadgeText({ tabId: 3 })).toBe('?');

    await setTabBadge(action, 3, null);
    expect(await action.getBadgeText({ tabId: 3 })).toBe('');
    expect(await action.getTitle({ tabId: 3 })).toBe('');
  });

  it('never throws (a closed tab, or a browser refusing null resets)', async () => {
    const calls: string[] = [];
    const strict: TabBadgeAction = {
      setBadgeText: ({ text }) => {
        calls.push(`text:${text}`);
      },
      setBadgeBackgroundColor: ({ color }) => {
        if (color === null) throw new TypeError('color must be a string or an array');
        calls.push(`color:${color}`);
      },
      setTitle: ({ title }) => {
        if (title === null) return Promise.reject(new Error('title must be a string'));
        calls.push(`title:${title}`);
      },
      getBadgeBackgroundColor: async () => [180, 35, 24, 255],
    };
    await setTabBadge(strict, 1, null);
    expect(calls).toEqual(['text:null', 'color:180,35,24,255', 'title:']);

    const gone: TabBadgeAction = {
      setBadgeText: () => Promise.reject(new Error('No tab with id: 1')),
      setBadgeBackgroundColor: () => Promise.reject(new Error('No tab with id: 1')),
      setTitle: () => Promise.reject(new Error('No tab with id: 1')),
    };
    await expect(setTabBadge(gone, 1, match)).resolves.toBeUndefined();
  });
});
