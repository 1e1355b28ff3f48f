import { describe, expect, it } from 'vitest';
import { saveErrors } from '@/components/popup/save-errors';
import { errorText } from '@/components/workspace/env';
import { ValidationError } from '@/lib/db/errors';
import { describeSaveError, describeWriteError, isQuotaExceeded } from '@/lib/io/errors';
import { formErrorsFrom } from '@/lib/forms/form-errors';

/** How Dexie hands on the browser's error: wrapped, the original as `inner`. */
const quota = () => {
  const inner = Object.assign(new Error('The quota has been exceeded.'), {
    name: 'QuotaExceededError',
  });
  return Object.assign(new Error('QuotaExceededError The quota has been exceeded.'), {
    name: 'AbortError',
    inner,
  });
};

describe('a full disk, wherever a write fails', () => {
  it('is recognized through Dexie’s wrapping', () => {
    expect(isQuotaExceeded(quota())).toBe(true);
    expect(isQuotaExceeded(new Error('nope'))).toBe(false);
  });

  it('says what helps (disk space) and how to be safe (a backup), not persistent storage, which adds no room', () => {
    for (const message of [describeWriteError(quota()), describeSaveError(quota())]) {
      expect(message).toMatch(/^The browser has no room left for Callprep’s data, so /);
      expect(message).toContain(
        'Free some disk space and try again; export a backup from the workspace (Import / export) to be safe.',
      );
      expect(message).not.toMatch(/persistent storage|in Settings/);
    }
    expect(describeWriteError(quota())).toContain('so nothing was imported.');
    expect(describeSaveError(quota())).toContain('so this change was not saved.');
  });

  it('the side panel’s, the popup’s and the workspace’s save errors all say it', () => {
    const expected = describeSaveError(quota());
    expect(formErrorsFrom(quota(), { text: 'Promise' })).toEqual({
      fields: {},
      general: expected,
    });
    expect(saveErrors(quota())).toEqual({ '': expected });
    expect(errorText(quota())).toBe(expected);
  });

  it('other errors keep their own words', () => {
    expect(formErrorsFrom(new Error('Database closed'), {}).general).toBe(
      'Could not save: Database closed',
    );
    expect(saveErrors(new Error('Database closed'))).toEqual({ '': 'Database closed' });
    expect(errorText('odd')).toBe('odd');
    const invalid = new ValidationError('Meeting', [{ field: 'title', message: 'is too long' }]);
    expect(saveErrors(invalid)).toEqual({ title: 'is too long' });
  });
});
