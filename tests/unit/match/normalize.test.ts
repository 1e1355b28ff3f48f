import { describe, expect, it } from 'vitest';
import {
  collapseWhitespace,
  foldText,
  nameTokens,
  normalizeCompanyName,
} from '@/lib/match/normalize';

describe('normalizeCompanyName', () => {
  it.each([
    ['ACME, Inc.', 'acme'],
    ['Acme Incorporated', 'acme'],
    ['Acme LLC', 'acme'],
    ['Acme L.L.C.', 'acme'],
    ['Acme GmbH', 'acme'],
    ['Acme Ltd.', 'acme'],
    ['Acme Co., Ltd.', 'acme'],
    ['Acme Pty Ltd', 'acme'],
    ['The Acme Corp., Inc.', 'acme'],
    ['  acme   llc ', 'acme'],
    ['Müller GmbH & Co. KG', 'muller'],
    ['Smith & Co.', 'smith'],
    ['Acme Sp. z o.o.', 'acme'],
    ['Société Générale S.A.', 'societe generale'],
    ['Nestlé S.A.', 'nestle'],
    ['The Home Depot, Inc.', 'home depot'],
    ['Ernst & Young', 'ernst and young'],
    ['AT&T Inc.', 'at and t'],
    ["McDonald's Corporation", 'mcdonalds'],
    ['Generation Z', 'generation z'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeCompanyName(input)).toBe(expected);
  });

  it('keeps a name that is only a legal form or only "The"', () => {
    expect(normalizeCompanyName('The Company')).toBe('company');
    expect(normalizeCompanyName('Inc.')).toBe('inc');
    expect(normalizeCompanyName('The')).toBe('the');
  });

  it('folds accents, case and punctuation', () => {
    expect(foldText('Ça—Va? Ærø!')).toBe('ca va aero');
    expect(normalizeCompanyName('Łódź Straße GmbH')).toBe('lodz strasse');
    expect(collapseWhitespace('  Ada \n  LOVELACE ')).toBe('Ada LOVELACE');
  });

  it('splits a key into distinct tokens of two letters or more', () => {
    expect(nameTokens('acme a acme widgets')).toEqual(['acme', 'widgets']);
  });
});
