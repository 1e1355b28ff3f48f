import { describe, expect, it } from 'vitest';
import { decodeCsv, parseCsv } from '@/lib/io/csv';
import { freshDb } from '../db/helpers';
import { utc } from '../clock';
import { csvBytes, planWithDetectedPreset } from './fixtures';

const NOW = utc(2026, 11, 23, 9, 0);

describe('a Salesforce report footer', () => {
  it('is left out of the rows, and not rejected', async () => {
    const csv = parseCsv(decodeCsv(csvBytes('salesforce-contacts-report-1252.csv')).text);
    expect(csv.rows).toHaveLength(4);
    expect(csv.footer).toEqual([
      'Grand Totals (4 records)',
      'Confidential Information - Do Not Distribute',
      'Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved.',
    ]);
    const { plan } = (await planWithDetectedPreset(freshDb(), csv, NOW))!;
    expect(plan.rowsFound).toBe(4);
    expect(plan.rejected).toEqual([]);
  });

  it('is only a footer at the end: a company called “Grand Totals (2 records)” mid-file is data', () => {
    const csv = parseCsv('Name,Email\nGrand Totals (2 records),\nAda,ada@x.io\n');
    expect(csv.rows).toEqual([
      ['Grand Totals (2 records)', ''],
      ['Ada', 'ada@x.io'],
    ]);
    expect(csv.footer).toEqual([]);
  });

  it('is only a footer when the line stands alone in the first column', () => {
    const csv = parseCsv('Name,Email\nAda,ada@x.io\nGrand Totals (1 records),x@y.io\n');
    expect(csv.rows).toHaveLength(2);
  });
});

describe('row numbers as a spreadsheet shows them', () => {
  it('counts blank lines, and a value spanning two lines as one row; the header is row 1', () => {
    const csv = parseCsv('Name,Note\r\nAda,"two\r\nlines"\r\n\r\n,,\r\nGrace,x\r\n\r\n');
    expect(csv.rows.map((r) => r[0])).toEqual(['Ada', 'Grace']);
    expect(csv.rowNumbers).toEqual([2, 5]);
  });

  it('counts blank lines above the header too', () => {
    expect(parseCsv('\n\nName\nAda\n').rowNumbers).toEqual([4]);
  });

  it('are the numbers rejected rows are given', async () => {
    const csv = parseCsv(
      'Organization - ID;Organization - Name\n1;Acme\n\n\n2;\n3;Globex\n\n4;  \n',
    );
    const { plan } = (await planWithDetectedPreset(freshDb(), csv, NOW))!;
    expect(plan.rejected.map((r) => r.row)).toEqual([5, 8]);
  });
});
