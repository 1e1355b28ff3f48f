/** Google Calendar. */
import { gcalendar } from '../../recognize/gcalendar';
import { defineSite, siteRecognizer } from '../define-site';

export const site = defineSite({
  id: 'gcalendar',
  label: 'Google Calendar',
  hosts: ['https://calendar.google.com/*'],
  // Guests carry their address in `data-hovercard-id`.
  attributes: ['data-hovercard-id'],
});

export const recognizer = /* @__PURE__ */ siteRecognizer(site, gcalendar);
