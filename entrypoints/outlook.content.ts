/**
 * Recognizes Outlook on the web (every site in lib/sites/outlook/) and tells the
 * background what it shows. Apart from the Gmail script so that neither comes near
 * the 15 KB content-script budget. Reads only; bundles no React, Dexie or zod.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPageRecognition } from '@/lib/recognize/in-page';
import { makeRecognition } from '@/lib/recognize/registry';
import type { Recognizer } from '@/lib/recognize/types';
import { siteFamily } from '@/lib/sites/family';

const outlook = siteFamily(
  import.meta.glob<Recognizer>('@/lib/sites/outlook/*.ts', { eager: true, import: 'recognizer' }),
);

export default defineContentScript({
  matches: outlook.matches,
  runAt: 'document_idle',
  // Never post the extension id to the page (WXT's started message; issue 18).
  noScriptStartedPostMessage: true,
  main(ctx) {
    startPageRecognition(ctx, browser.runtime, makeRecognition(outlook.recognizers), {
      attributes: outlook.attributes,
    });
  },
});
