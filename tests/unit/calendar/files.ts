import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(__dirname, '../../fixtures/calendar');

/** A calendar file of tests/fixtures/calendar/, as text. */
export function calendarFile(name: string): string {
  return readFileSync(join(DIR, name), 'utf8');
}
