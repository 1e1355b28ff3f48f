import { describe, expect, it } from 'vitest';
import {
  detectPreset,
  guessMapping,
  planImport,
  presetMapping,
  type ParsedCsv,
} from '@/lib/io/csv';
import { freshDb } from '../db/helpers';
import { utc } from '../clock';
import { loadCsv, planWithDetectedPreset } from './fixtures';

const NOW = utc(2026, 11, 23, 9, 0);

async function planWithPreset(csv: ParsedCsv) {
  const planned = await planWithDetectedPreset(freshDb(), csv, NOW);
  expect(planned?.preset.id).toBe('pipedrive-people');
  return planned!.plan;
}

describe('Pipedrive people exports, in any language', () => {
  it('knows the default export, which has no id column', async () => {
    const csv = loadCsv('pipedrive-people-default.csv');
    expect(presetMapping(detectPreset(csv.headers)!, csv.headers).columns).toEqual([
      'name',
      'ignore',
      'email',
      'email',
      'phone',
      'phone',
      'company',
      'ignore',
      'ignore',
      'ignore',
    ]);
    const plan = await planWithPreset(csv);
    expect(plan.rejected).toEqual([]);
    expect(plan.customers.create.map((c) => c.name)).toEqual([
      'Müller & Söhne GmbH',
      'Łódź Logistics Sp. z o.o.',
      'Dublin Widgets, Ltd.',
    ]);
    expect(plan.contacts.create.find((c) => c.name === 'Anna Schmidt')?.emails).toEqual([
      'anna.schmidt@mueller-soehne.de',
      'anna@gmx.de',
    ]);
  });

  it('reads the French export (Personne - Nom, Personne - E-mail - Travail …)', async () => {
    const csv = loadCsv('pipedrive-people-fr.csv');
    expect(presetMapping(detectPreset(csv.headers)!, csv.headers).columns).toEqual([
      'crmId',
      'name',
      'ignore',
      'company',
      'email',
      'email',
      'phone',
      'ignore',
      'companyCrmId',
    ]);
    const plan = await planWithPreset(csv);
    expect(plan.rejected).toEqual([]);
    expect(plan.customers.create.map((c) => [c.name, c.crmRefs])).toEqual([
      ['Société Générale Conseil', ['pipedrive:organization:31']],
      ['Café des Deux Moulins, SARL', ['pipedrive:organization:32']],
    ]);
    expect(plan.contacts.create.map((c) => c.crmRefs[0])).toEqual([
      'pipedrive:person:201',
      'pipedrive:person:202',
      'pipedrive:person:203',
    ]);
  });

  it('matches headers case-insensitively, in German and Spanish too', () => {
    const headers = ['PERSON - NAME', 'Person - E-Mail - Arbeit', 'Person - Telefon - Privat'];
    expect(presetMapping(detectPreset(headers)!, headers).columns).toEqual([
      'name',
      'email',
      'phone',
    ]);
    const es = [
      'Persona - Nombre',
      'Persona - Correo electrónico - Trabajo',
      'Organización - Nombre',
    ];
    expect(presetMapping(detectPreset(es)!, es).columns).toEqual(['name', 'email', 'company']);
  });

  it('still tells an organizations export from a people export', () => {
    expect(detectPreset(['Organisation - ID', 'Organisation - Nom'])?.id).toBe(
      'pipedrive-organizations',
    );
  });
});

describe('localized column names on the mapping screen', () => {
  it('maps a German Excel list (semicolons, BOM, CRLF, a blank row)', async () => {
    const csv = loadCsv('german-contacts-semicolon.csv');
    expect(csv.delimiter).toBe(';');
    expect(csv.rows[1]![0]).toBe('Schmidt, Weber & Partner mbB');
    expect(csv.rows[1]![8]).toBe('456.000,00');
    const mapping = guessMapping(csv.headers);
    expect(mapping).toEqual({
      kind: 'contacts',
      columns: [
        'company',
        'name',
        'email',
        'phone',
        'title',
        'ignore',
        'ignore',
        'ignore',
        'ignore',
      ],
    });
    const plan = await planImport(freshDb(), csv.rows, mapping, {
      headers: csv.headers,
      rowNumbers: csv.rowNumbers,
      now: NOW,
    });
    expect(plan.contacts.create.map((c) => [c.name, c.phone, c.title])).toEqual([
      ['Jürgen Müller', '+49 89 123456', 'Geschäftsführer'],
      ['Dr. Anna Weber', '030 9876543', 'Partnerin'],
      ['Lena Groß', '', 'Inhaberin'],
    ]);
    // the blank row 4 counts: the last row is row 6 in a spreadsheet
    expect(plan.rejected).toEqual([
      { row: 6, reason: 'the row has no name and no valid email address' },
    ]);
  });

  it.each([
    [
      ['Vorname', 'Name', 'E-Mail', 'Unternehmen', 'Telefon', 'Position'],
      ['firstName', 'lastName', 'email', 'company', 'phone', 'title'],
    ],
    [
      ['Prénom', 'Nom', 'Courriel', 'Société', 'Téléphone', 'Poste'],
      ['firstName', 'lastName', 'email', 'company', 'phone', 'title'],
    ],
    [
      ['Nom', 'E-mail', 'Entreprise'],
      ['name', 'email', 'company'],
    ],
    [
      ['Nombre', 'Apellidos', 'Correo electrónico', 'Empresa', 'Teléfono', 'Cargo'],
      ['firstName', 'lastName', 'email', 'company', 'phone', 'title'],
    ],
    [
      ['Naam', 'E-mailadres', 'Bedrijf', 'Telefoon', 'Functie'],
      ['name', 'email', 'company', 'phone', 'title'],
    ],
    [
      ['Nome', 'E-mail', 'Empresa', 'Telefone', 'Cargo'],
      ['name', 'email', 'company', 'phone', 'title'],
    ],
  ])('%j', (headers, columns) => {
    expect(guessMapping(headers).columns).toEqual(columns);
  });
});
