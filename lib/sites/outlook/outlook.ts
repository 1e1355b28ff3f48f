/**
 * Outlook on the web (work, school and personal mailboxes). A script of its own,
 * apart from Gmail, so each stays well under the 15 KB content-script budget.
 */
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
  // The reader takes addresses through emailOf, which also reads these (as Gmail's do).
  attributes: ['email', 'data-hovercard-id'],
});

export const recognizer = /* @__PURE__ */ siteRecognizer(site, outlook);
