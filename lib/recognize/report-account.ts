/**
 * The signed-in mailbox on a mail site is the seller's own: tell the background
 * once per address, so it is never taken for a customer's contact. Only the mail
 * content script bundles this; CRM pages do not show the seller's mailbox.
 */
import type { OwnAccountMessage } from '../messaging';
import type { Runtime } from './in-page';
import type { PageRecognition } from './registry';

export function makeAccountReporter(
  runtime: Runtime,
  { recognizerFor }: Pick<PageRecognition, 'recognizerFor'>,
  doc: Document,
  url: () => string,
): () => void {
  let sent: string | null = null;
  return function reportAccount() {
    let email: string | null = null;
    try {
      email = recognizerFor(url())?.account?.(doc) ?? null;
    } catch {
      return; // a site's markup changed: no account this time
    }
    if (!email || email === sent || !runtime?.id) return;
    sent = email;
    const forget = () => {
      if (sent === email) sent = null;
    };
    // A literal checked against its type: MESSAGE's object would ship every message's name.
    const message: OwnAccountMessage = { type: 'callprep/own-account', email };
    try {
      runtime.sendMessage(message).catch(forget);
    } catch {
      forget(); // the background may be restarting; the next recognition retries
    }
  };
}
