import { describe, expect, it } from 'vitest';
import { decodeCsv, parseCsv } from '@/lib/io/csv';
import { freshDb } from '../db/helpers';
import { utc } from '../clock';
import { csvBytes, planWithDetectedPreset } from './fixtures';

const NOW = utc(2026, 11, 23, 9, 0);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeCsv: UTF-8 when the bytes are UTF-8, else Windows-1252', () => {
  it('reads UTF-8 with and without a BOM as UTF-8', () => {
    expect(decodeCsv(utf8('Name\nJürgen Müller\n'))).toEqual({
      text: 'Name\nJürgen Müller\n',
      encoding: 'utf-8',
    });
    const bom = decodeCsv(utf8('\uFEFFName\nMüller\n'));
    expect(bom.encoding).toBe('utf-8');
    expect(parseCsv(bom.text).rows).toEqual([['Müller']]);
  });

  it('reads Latin-1 / Windows-1252 bytes as Windows-1252', () => {
    const { text, encoding } = decodeCsv(csvBytes('latin1.csv'));
    expect(encoding).toBe('windows-1252');
    expect(parseCsv(text).rows[0]).toEqual(['1', 'Zoë Müller', 'Café Größe', 'zoe@example.de']);
  });

  it('gives the characters only Windows-1252 has (’ “ ” – €) their meaning', () => {
    const bytes = new Uint8Array([
      0x4f, 0x92, 0x42, 0x20, 0x93, 0x48, 0x94, 0x20, 0x96, 0x20, 0x80,
    ]);
    expect(decodeCsv(bytes).text).toBe('O’B “H” – €');
  });

  it('reads a Salesforce report saved in Windows-1252, with CRLF and its footer', async () => {
    const { text, encoding } = decodeCsv(csvBytes('salesforce-contacts-report-1252.csv'));
    expect(encoding).toBe('windows-1252');
    const csv = parseCsv(text);
    expect(csv.rows.map((r) => `${r[1]} ${r[2]}`)).toEqual([
      'Jürgen Müller',
      'Françoise Lefèvre',
      'Åsa Ståhl',
      'Seán O’Brien',
    ]);
    expect(csv.rows[3]![3]).toBe('“Head” of Sales');
    const db = freshDb();
    const { preset, plan } = (await planWithDetectedPreset(db, csv, NOW))!;
    expect(preset.id).toBe('salesforce-contacts');
    expect(plan.customers.create.map((c) => c.name)).toContain('Müller & Söhne GmbH');
    expect(plan.contacts.create.map((c) => c.name)).toContain('Jürgen Müller');
    expect(plan.rejected).toEqual([]);
    expect(plan.warnings).toEqual([
      { row: 5, message: '“sean@” is not an email address; left out' },
    ]);
  });
});
