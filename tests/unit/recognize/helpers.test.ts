import { describe, expect, it } from 'vitest';
import { emailsIn, normalizeEmail, people } from '@/lib/recognize/dom';
import { toSalesforceId18 } from '@/lib/recognize/salesforce-id';
import { parseEventTime } from '@/lib/recognize/when';

describe('Salesforce 15 → 18 character ids', () => {
  it.each([
    ['001D000000IqhSL', '001D000000IqhSLIAZ'],
    ['003D000000QeVfG', '003D000000QeVfGIAV'],
    ['006D000000CrH7q', '006D000000CrH7qIAF'],
    ['00Q5e00000AbCdE', '00Q5e00000AbCdEEAV'],
    ['001000000000000', '001000000000000AAA'],
    ['ABCDEABCDEABCDE', 'ABCDEABCDEABCDE555'],
  ])('%s → %s', (id15, id18) => expect(toSalesforceId18(id15)).toBe(id18));

  it('keeps 18-character ids (suffix upper-cased) and rejects anything else', () => {
    expect(toSalesforceId18('001D000000IqhSLIAZ')).toBe('001D000000IqhSLIAZ');
    expect(toSalesforceId18('001D000000IqhSLiaz')).toBe('001D000000IqhSLIAZ');
    for (const bad of [
      '',
      '001D000000IqhS',
      '001D000000IqhSL!',
      '001D000000IqhSLIAZX',
      null,
      undefined,
    ]) {
      expect(toSalesforceId18(bad)).toBeUndefined();
    }
  });
});

describe('emails', () => {
  it('normalizes', () => {
    expect(normalizeEmail('  MAILTO:Ana.Souza@Northwind.EXAMPLE?subject=hi ')).toBe(
      'ana.souza@northwind.example',
    );
    expect(normalizeEmail('<bob@acme.example>')).toBe('bob@acme.example');
    expect(normalizeEmail('mailto:bob%40acme.example')).toBe('bob@acme.example');
    expect(normalizeEmail('not an email')).toBeUndefined();
    expect(normalizeEmail('a@b')).toBeUndefined();
    expect(normalizeEmail(`${'a'.repeat(400)}@x.example`)).toBeUndefined();
    expect(normalizeEmail('%E0%A4%A')).toBeUndefined();
  });
  it('finds addresses in text', () => {
    expect(emailsIn('Write to ANA@x.example or bob@y.example, or ana@x.example again')).toEqual([
      'ana@x.example',
      'bob@y.example',
    ]);
  });
});

describe('people', () => {
  it('collapses names, drops "me", keeps the first role per address and fills a missing name', () => {
    const p = people();
    p.add('from', '  Ana \n  Souza ', 'ANA@x.example');
    p.add('to', 'Somebody', 'ana@x.example');
    p.add('to', 'me', 'me@x.example');
    p.add('cc', 'Me Too', 'me@x.example');
    p.add('to', 'bob@y.example', 'bob@y.example');
    p.add('to', '', '');
    expect(p.list).toEqual([
      { role: 'from', name: 'Ana Souza', email: 'ana@x.example' },
      { role: 'to', name: 'Me Too', email: 'me@x.example' },
      { role: 'to', email: 'bob@y.example' },
    ]);
  });
  it('stops at 200', () => {
    const p = people();
    for (let i = 0; i < 500; i++) p.add('to', undefined, `p${i}@x.example`);
    expect(p.list).toHaveLength(200);
  });
});

describe('event times', () => {
  it.each([
    [
      'Thursday, November 19⋅10:00 – 11:30am',
      { start: '2026-11-19T10:00:00', end: '2026-11-19T11:30:00' },
    ],
    [
      'Thursday, November 19⋅11:00am – 1:00pm',
      { start: '2026-11-19T11:00:00', end: '2026-11-19T13:00:00' },
    ],
    ['Friday, November 20⋅11 – 12pm', { start: '2026-11-20T11:00:00', end: '2026-11-20T12:00:00' }],
    [
      'Friday, Nov 20, 2027 ⋅ 2pm – 3pm',
      { start: '2027-11-20T14:00:00', end: '2027-11-20T15:00:00' },
    ],
    [
      'December 30, 2026, 10:30pm – December 31, 2026, 1:00am',
      { start: '2026-12-30T22:30:00', end: '2026-12-31T01:00:00' },
    ],
    [
      '2026-12-01 09:00 – 2026-12-01 17:30',
      { start: '2026-12-01T09:00:00', end: '2026-12-01T17:30:00' },
    ],
    ['Monday, December 7', { start: '2026-12-07' }],
    ['December 7 – 9, 2026', { start: '2026-12-07' }],
    [
      'Sunday, March 1⋅12:00 – 12:30am',
      { start: '2026-03-01T00:00:00', end: '2026-03-01T00:30:00' },
    ],
  ])('%s', (text, when) => expect(parseEventTime(text, 2026)).toEqual(when));
  it('returns undefined without a date', () => {
    expect(parseEventTime('10:00 – 11:00am', 2026)).toBeUndefined();
    expect(parseEventTime('February 30', 2026)).toBeUndefined();
  });
});
