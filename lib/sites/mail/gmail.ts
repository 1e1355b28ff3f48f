/** Gmail. */
import { gmail } from '../../recognize/gmail';
import { defineSite, siteRecognizer } from '../define-site';

export const site = defineSite({
  id: 'gmail',
  label: 'Gmail',
  hosts: ['https://mail.google.com/*'],
  // Senders and recipients carry their address in `email`, compose chips in `data-hovercard-id`.
  attributes: ['email', 'data-hovercard-id'],
});

export const recognizer = /* @__PURE__ */ siteRecognizer(site, gmail);
