/**
 * Recognizes calendar events (every site in lib/sites/calendar/: title, time,
 * attendees) and tells the background what they show. Reads only; bundles no
 * React, Dexie or zod.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPageRecognition } from '@/lib/recognize/in-page';
import { makeRecognition } from '@/lib/recognize/registry';
import type { Recognizer } from '@/lib/recognize/types';
import { siteFamily } from '@/lib/sites/family';

const calendar = siteFamily(
  import.meta.glob<Recognizer>('@/lib/sites/calendar/*.ts', { eager: true, import: 'recognizer' }),
);

export default defineContentScript({
  matches: calendar.matches,
  runAt: 'document_idle',
  // Never post the extension id to the page (WXT's started message; issue 18).
  noScriptStartedPostMessage: true,
  main(ctx) {
    startPageRecognition(ctx, browser.runtime, makeRecognition(calendar.recognizers), {
      attributes: calendar.attributes,
    });
  },
});
