/**
 * Page recognition: which site is this, which view, and who / what is it about.
 * Pure (reads only the document it is given), never throws, and returns null
 * for pages it does not know. Knows every built-in site (each content script
 * carries only its own family, see lib/sites/family.ts) and the generic reader.
 */
import { recognizeGeneric } from './generic';
import { makeRecognition } from './registry';
import type { Recognizer } from './types';

export type { PageSignal } from './signal';

/** Every site descriptor's recognizer (lib/sites/<script>/<site>.ts). */
export const RECOGNIZERS: readonly Recognizer[] = Object.values(
  import.meta.glob<Recognizer>('../sites/*/*.ts', { eager: true, import: 'recognizer' }),
);

export const { recognizePage, recognizerFor } = makeRecognition(RECOGNIZERS, recognizeGeneric);
