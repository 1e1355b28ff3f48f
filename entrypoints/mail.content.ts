/**
 * Recognizes mail pages (every site in lib/sites/mail/: Gmail; Outlook has its own script) and tells the background
 * what they show, and which mailbox is signed in. Reads only; bundles no React,
 * Dexie or zod: the background validates what we send.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPageRecognition } from '@/lib/recognize/in-page';
import { makeRecognition } from '@/lib/recognize/registry';
import type { Recognizer } from '@/lib/recognize/types';
import { makeAccountReporter } from '@/lib/recognize/report-account';
import { siteFamily } from '@/lib/sites/family';

const mail = siteFamily(
  import.meta.glob<Recognizer>('@/lib/sites/mail/*.ts', { eager: true, import: 'recognizer' }),
);

export default defineContentScript({
  matches: mail.matches,
  runAt: 'document_idle',
  // Never post the extension id to the page (WXT's started message; issue 18).
  noScriptStartedPostMessage: true,
  main(ctx) {
    const recognition = makeRecognition(mail.recognizers);
    const reportAccount = makeAccountReporter(
      browser.runtime,
      recognition,
      document,
      () => location.href,
    );
    startPageRecognition(ctx, browser.runtime, recognition, {
      attributes: mail.attributes,
      beforeRecognize: reportAccount,
    });
  },
});
