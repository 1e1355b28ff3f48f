import { gmail } from './gmail';
import { outlook } from './outlook';
import type { Recognizer } from './types';

/** Mail sites: one content script serves them (the calendar has its own, see index.ts). */
export const MAIL_RECOGNIZERS: readonly Recognizer[] = [gmail, outlook];
