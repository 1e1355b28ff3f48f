/**
 * Recognizes Google Calendar events (title, time, attendees) and tells the
 * background what they show. Reads only; bundles no React, Dexie or zod.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { gcalendar } from '@/lib/recognize/gcalendar';
import { startPageRecognition } from '@/lib/recognize/in-page';
import { makeRecognition } from '@/lib/recognize/registry';
import { CALENDAR_HOST_PATTERNS } from '@/lib/sites/hosts';

export default defineContentScript({
  matches: [...CALENDAR_HOST_PATTERNS],
  runAt: 'document_idle',
  main(ctx) {
    startPageRecognition(ctx, browser.runtime, makeRecognition([gcalendar]));
  },
});
