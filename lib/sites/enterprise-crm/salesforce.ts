/** Salesforce Lightning (My Domain and sandbox hosts). */
import { salesforce } from '../../recognize/salesforce';
import { defineSite, siteRecognizer } from '../define-site';

export const site = defineSite({
  id: 'salesforce',
  label: 'Salesforce',
  hosts: ['https://*.lightning.force.com/*'],
});

export const recognizer = /* @__PURE__ */ siteRecognizer(site, salesforce);
