/**
 * Recognizes mail pages (Gmail, Outlook on the web) and tells the background
 * what they show. Reads only; bundles no React, Dexie or zod: the background
 * validates what we send.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPageRecognition } from '@/lib/recognize/in-page';
import { MAIL_RECOGNIZERS } from '@/lib/recognize/mail-sites';
import { makeRecognition } from '@/lib/recognize/registry';
import { makeAccountReporter } from '@/lib/recognize/report-account';
import { MAIL_HOST_PATTERNS } from '@/lib/sites/hosts';

export default defineContentScript({
  matches: [...MAIL_HOST_PATTERNS],
  runAt: 'document_idle',
  main(ctx) {
    const recognition = makeRecognition(MAIL_RECOGNIZERS);
    const reportAccount = makeAccountReporter(
      browser.runtime,
      recognition,
      document,
      () => location.href,
    );
    startPageRecognition(ctx, browser.runtime, recognition, reportAccount);
  },
});
