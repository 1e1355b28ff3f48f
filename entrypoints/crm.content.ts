/**
 * Recognizes CRM records (Salesforce Lightning, HubSpot, Pipedrive, Dynamics 365,
 * Zoho) and LinkedIn profiles, and tells the background what they show. Reads
 * only; bundles no React, Dexie or zod: the background validates what we send.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { CRM_RECOGNIZERS } from '@/lib/recognize/crm-sites';
import { startPageRecognition } from '@/lib/recognize/in-page';
import { makeRecognition } from '@/lib/recognize/registry';
import { CRM_HOST_PATTERNS } from '@/lib/sites/hosts';

export default defineContentScript({
  matches: [...CRM_HOST_PATTERNS],
  runAt: 'document_idle',
  main(ctx) {
    startPageRecognition(ctx, browser.runtime, makeRecognition(CRM_RECOGNIZERS));
  },
});
