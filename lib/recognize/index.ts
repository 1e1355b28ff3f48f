/**
 * Page recognition: which site is this, which view, and who / what is it about.
 * Pure (reads only the document it is given), never throws, and returns null
 * for pages it does not know.
 */
import { CRM_RECOGNIZERS } from './crm-sites';
import { gcalendar } from './gcalendar';
import { recognizeGeneric } from './generic';
import { MAIL_RECOGNIZERS } from './mail-sites';
import { makeRecognition } from './registry';
import type { Recognizer } from './types';

export type { PageSignal } from './signal';

export const RECOGNIZERS: readonly Recognizer[] = [
  ...MAIL_RECOGNIZERS,
  gcalendar,
  ...CRM_RECOGNIZERS,
];

export const { recognizePage, recognizerFor } = makeRecognition(RECOGNIZERS, recognizeGeneric);
