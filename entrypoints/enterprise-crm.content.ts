/**
 * Recognizes records in the enterprise CRMs (every site in lib/sites/enterprise-crm/:
 * Salesforce Lightning, Dynamics 365) and tells the background what they show.
 * Apart from the other CRMs' script so that each stays well under the 15 KB
 * content-script budget. Reads only; bundles no React, Dexie or zod.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPageRecognition } from '@/lib/recognize/in-page';
import { makeRecognition } from '@/lib/recognize/registry';
import type { Recognizer } from '@/lib/recognize/types';
import { siteFamily } from '@/lib/sites/family';

const crm = siteFamily(
  import.meta.glob<Recognizer>('@/lib/sites/enterprise-crm/*.ts', {
    eager: true,
    import: 'recognizer',
  }),
);

export default defineContentScript({
  matches: crm.matches,
  runAt: 'document_idle',
  // Never post the extension id to the page (WXT's started message; issue 18).
  noScriptStartedPostMessage: true,
  main(ctx) {
    startPageRecognition(ctx, browser.runtime, makeRecognition(crm.recognizers), {
      attributes: crm.attributes,
    });
  },
});
