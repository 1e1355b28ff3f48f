/** Outlook on the web (work, school and personal mailboxes). */
import { outlook } from '../../recognize/outlook';
import { defineSite, siteRecognizer } from '../define-site';

export const site = defineSite({
  id: 'outlook',
  label: 'Outlook on the web',
  hosts: [
    'https://outlook.office.com/*',
    'https://outlook.office365.com/*',
    'https://outlook.live.com/*',
  ],
});

export const recognizer = /* @__PURE__ */ siteRecognizer(site, outlook);
