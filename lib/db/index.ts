import { CallprepDB } from './schema';

let instance: CallprepDB | undefined;

/** The extension's one database, opened on first use (extension pages and background). */
export function getDb(): CallprepDB {
  instance ??= new CallprepDB();
  return instance;
}
