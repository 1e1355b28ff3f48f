/**
 * The generic reader for hosts the seller adds in Settings (mailto links and
 * addresses in visible text). Not in the manifest: lib/sites/custom-hosts.ts registers
 * it at run time, only on hosts the seller granted.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { recognizeGeneric } from '@/lib/recognize/generic';
import { startPageRecognition } from '@/lib/recognize/in-page';
import { makeRecognition } from '@/lib/recognize/registry';

export default defineContentScript({
  matches: [],
  registration: 'runtime',
  // Never post the extension id to the page (WXT's started message; issue 18).
  noScriptStartedPostMessage: true,
  main(ctx) {
    startPageRecognition(ctx, browser.runtime, makeRecognition([], recognizeGeneric));
  },
});
