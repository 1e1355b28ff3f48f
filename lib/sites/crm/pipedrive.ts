/** Pipedrive (<company>.pipedrive.com). */
import { pipedrive } from '../../recognize/pipedrive';
import { defineSite, siteRecognizer } from '../define-site';

export const site = defineSite({
  id: 'pipedrive',
  label: 'Pipedrive',
  hosts: ['https://*.pipedrive.com/*'],
});

export const recognizer = /* @__PURE__ */ siteRecognizer(site, pipedrive);
