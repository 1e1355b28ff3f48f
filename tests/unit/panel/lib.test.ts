import { describe, expect, it } from 'vitest';
import type { Match } from '@/lib/match/types';
import { confidenceInWords } from '@/lib/format/confidence';
import {
  calendarDaysFrom,
  fromDateInput,
  overdueBy,
  relativeDay,
  toDateInput,
} from '@/lib/format/dates';
import { formErrorsFrom } from '@/lib/forms/form-errors';
import {
  alternativesOf,
  pinnedTabIdFrom,
  recognitionOf,
  resolvePanelCustomer,
} from '@/lib/panel/resolve-customer';
import { isTypingTarget } from '@/lib/panel/shortcuts';
import { ValidationError } from '@/lib/db/errors';
import type { PageSignal } from '@/lib/recognize/signal';
import type { TabState } from '@/lib/session/tab-state';

const signal: PageSignal = {
  site: 'salesforce',
  view: 'record',
  url: 'https://x.lightning.force.com/lightning/r/Account/0015g00000NwLgsAAF/view',
  record: { system: 'salesforce', type: 'Account', id: '0015g00000NwLgsAAF' },
  people: [],
  company: 'Northwind Logistics',
};

const match: Match = {
  customerId: 'nw',
  name: 'Northwind Logistics',
  confidence: 1,
  reason: 'Salesforce Account 0015g00000NwLgsAAF',
  via: 'crm',
  candidates: [
    { customerId: 'gx', name: 'Globex Health', confidence: 0.6, reason: 'name', via: 'fuzzy' },
    { customerId: 'nw', name: 'Northwind Logistics', confidence: 1, reason: 'x', via: 'crm' },
  ],
  ambiguous: false,
};

const tab = (at: number, m: Match | null = match): TabState => ({ signal, match: m, at });

describe('resolvePanelCustomer', () => {
  it("shows the tab's match when there is no target", () => {
    const s = resolvePanelCustomer(tab(100), null);
    expect(s).toMatchObject({ kind: 'customer', customerId: 'nw', source: 'match' });
  });

  it('lets a newer PanelTarget win, keeping the match for its candidates', () => {
    const s = resolvePanelCustomer(tab(100), { customerId: 'gx', meetingId: 'm1', at: 200 });
    expect(s).toMatchObject({
      kind: 'customer',
      customerId: 'gx',
      meetingId: 'm1',
      source: 'target',
    });
    expect(s.kind === 'customer' && s.match?.customerId).toBe('nw');
  });

  it('lets the tab win when it changed after the target (same time: the tab)', () => {
    expect(resolvePanelCustomer(tab(300), { customerId: 'gx', at: 200 })).toMatchObject({
      customerId: 'nw',
      source: 'match',
    });
    expect(resolvePanelCustomer(tab(200), { customerId: 'gx', at: 200 })).toMatchObject({
      customerId: 'nw',
    });
  });

  it('uses the target when the tab has no state at all', () => {
    expect(resolvePanelCustomer(null, { customerId: 'gx', at: 1 })).toMatchObject({
      kind: 'customer',
      customerId: 'gx',
      match: null,
      signal: null,
    });
  });

  it('reports nothing matched, with the signal to create from', () => {
    expect(resolvePanelCustomer(tab(100, null), null)).toEqual({ kind: 'none', signal });
    expect(resolvePanelCustomer(null, null)).toEqual({ kind: 'none', signal: null });
  });

  it('a pick made on a tab applies to that tab only, until it shows another page', () => {
    const picked = { customerId: 'gx', tabId: 1, at: 200 };
    const on = (tabId: number, activatedAt: number | null, navigatedAt: number | null = null) => ({
      tabId,
      activatedAt,
      navigatedAt,
    });
    expect(resolvePanelCustomer(tab(100), picked, on(1, null))).toMatchObject({
      customerId: 'gx',
      source: 'target',
    });
    // another tab: its own match
    expect(resolvePanelCustomer(tab(100), picked, on(2, 300))).toMatchObject({
      customerId: 'nw',
      source: 'match',
    });
    // back on the tab it was made on: still applies
    expect(resolvePanelCustomer(tab(100), picked, on(1, 400))).toMatchObject({ customerId: 'gx' });
    // that tab navigated, or reported a newer page: the tab wins
    expect(resolvePanelCustomer(tab(100), picked, on(1, 400, 500))).toMatchObject({
      customerId: 'nw',
    });
    expect(resolvePanelCustomer(null, picked, on(1, null, 500))).toEqual({
      kind: 'none',
      signal: null,
    });
    expect(resolvePanelCustomer(tab(300), picked, on(1, null))).toMatchObject({
      customerId: 'nw',
    });
  });

  it('of several targets, the newest one that applies wins', () => {
    const onTab1 = { customerId: 'ini', tabId: 1, at: 200 };
    const fromPopup = { customerId: 'gx', at: 300 };
    const on = (activatedAt: number | null) => ({ tabId: 1, activatedAt, navigatedAt: null });
    expect(resolvePanelCustomer(tab(100), [onTab1, fromPopup], on(null))).toMatchObject({
      customerId: 'gx',
    });
    // the seller switched tabs after the popup's choice: the tab's own pick is back
    expect(resolvePanelCustomer(tab(100), [onTab1, fromPopup, null], on(350))).toMatchObject({
      customerId: 'ini',
      source: 'target',
    });
  });

  it('a target from the popup or a reminder (no tab) applies until the seller switches tabs', () => {
    const fromPopup = { customerId: 'gx', at: 200 };
    const on = (activatedAt: number | null) => ({ tabId: 1, activatedAt, navigatedAt: null });
    expect(resolvePanelCustomer(tab(100), fromPopup, on(null))).toMatchObject({ customerId: 'gx' });
    expect(resolvePanelCustomer(tab(100), fromPopup, on(150))).toMatchObject({ customerId: 'gx' });
    expect(resolvePanelCustomer(tab(100), fromPopup, on(250))).toMatchObject({
      customerId: 'nw',
      source: 'match',
    });
  });

  it('explains the recognition of the shown customer and lists the others once', () => {
    const shown = resolvePanelCustomer(tab(100), null);
    expect(recognitionOf(shown)?.reason).toBe('Salesforce Account 0015g00000NwLgsAAF');
    expect(alternativesOf(shown).map((c) => c.customerId)).toEqual(['gx']);

    const switched = resolvePanelCustomer(tab(100), { customerId: 'gx', at: 200 });
    expect(recognitionOf(switched)?.reason).toBe('name');
    expect(alternativesOf(switched).map((c) => c.customerId)).toEqual(['nw']);

    const picked = resolvePanelCustomer(tab(100), { customerId: 'other', at: 200 });
    expect(recognitionOf(picked)).toBeNull();
  });

  it('reads a pinned tab id from ?tabId=N only when it is a number', () => {
    expect(pinnedTabIdFrom('?tabId=42')).toBe(42);
    expect(pinnedTabIdFrom('')).toBeNull();
    expect(pinnedTabIdFrom('?tabId=4x')).toBeNull();
    expect(pinnedTabIdFrom('?tabId=-1')).toBeNull();
  });
});

describe('confidenceInWords', () => {
  it('turns 0..1 into words, never a number', () => {
    expect(confidenceInWords(1)).toBe('exact');
    expect(confidenceInWords(0.9)).toBe('very likely');
    expect(confidenceInWords(0.7)).toBe('likely');
    expect(confidenceInWords(0.3)).toBe('possible');
    expect(confidenceInWords(Number.NaN)).toBe('possible');
  });
});

describe('dates', () => {
  const now = new Date(2026, 10, 18, 12, 0).getTime();

  it('round-trips a date input, due at the end of that local day', () => {
    const ms = fromDateInput('2026-11-20') as number;
    expect(new Date(ms).getHours()).toBe(23);
    expect(toDateInput(ms)).toBe('2026-11-20');
    expect(fromDateInput('')).toBeNull();
    expect(toDateInput(null)).toBe('');
  });

  it('passes unreadable dates through so zod can say so', () => {
    expect(fromDateInput('2026-02-31')).toBe('2026-02-31');
    expect(fromDateInput('soon')).toBe('soon');
  });

  it('speaks in days', () => {
    const day = 24 * 60 * 60 * 1000;
    expect(calendarDaysFrom(now + day, now)).toBe(1);
    expect(relativeDay(now, now)).toBe('today');
    expect(relativeDay(now + day, now)).toBe('tomorrow');
    expect(relativeDay(now - 3 * day, now)).toBe('3 days ago');
    expect(overdueBy(now - 2 * day, now)).toBe('2 days overdue');
    expect(overdueBy(now - day, now)).toBe('1 day overdue');
    expect(overdueBy(now - 1000, now)).toBe('due today');
  });
});

describe('formErrorsFrom', () => {
  it('puts each message beside its field, with the label', () => {
    const e = new ValidationError('Goal', [
      { field: 'statement', message: 'is required' },
      { field: 'customerId', message: 'is missing' },
    ]);
    expect(formErrorsFrom(e, { statement: 'Goal' })).toEqual({
      fields: { statement: 'Goal is required' },
      general: 'customerId is missing',
    });
  });

  it('says any other failure once, for the form', () => {
    expect(formErrorsFrom(new Error('disk full'), {}).general).toBe('Could not save: disk full');
  });
});

describe('isTypingTarget', () => {
  it('leaves text fields their keys, and buttons and checkboxes to the shortcuts', () => {
    const input = document.createElement('input');
    const box = document.createElement('input');
    box.type = 'checkbox';
    expect(isTypingTarget(input)).toBe(true);
    expect(isTypingTarget(document.createElement('textarea'))).toBe(true);
    expect(isTypingTarget(box)).toBe(false);
    expect(isTypingTarget(document.createElement('button'))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
