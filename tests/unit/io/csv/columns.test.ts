import { describe, expect, it } from 'vitest';
import { columnReader } from '@/lib/io/csv/plan-steps/columns';

describe('columnReader', () => {
  const read = columnReader(['name', 'email', 'ignore', 'email', 'name']);

  it('takes the first non-blank column of a field, whitespace collapsed', () => {
    expect(read.first(['  ', 'a@x.io', 'skip', '', '  Ada   Lovelace '], 'name')).toBe(
      'Ada Lovelace',
    );
    expect(read.first(['Grace', '', '', '', 'Ada'], 'name')).toBe('Grace');
  });

  it('gives every value of a field across its columns, split on , ; and spaces', () => {
    expect(read.all(['', 'a@x.io; b@x.io', '', 'c@x.io d@x.io,', ''], 'email')).toEqual([
      'a@x.io',
      'b@x.io',
      'c@x.io',
      'd@x.io',
    ]);
  });

  it('reads nothing from ignored or unmapped fields, and tolerates short rows', () => {
    expect(read.first(['', '', 'secret'], 'ignore')).toBe('');
    expect(read.all(['x', 'y', 'z'], 'phone')).toEqual([]);
    expect(read.first(['', 'a@x.io'], 'name')).toBe('');
  });
});
