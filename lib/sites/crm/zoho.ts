/** Zoho CRM in each of its data centres. */
import { zoho } from '../../recognize/zoho';
import { defineSite, siteRecognizer } from '../define-site';

export const site = defineSite({
  id: 'zoho',
  label: 'Zoho CRM',
  hosts: [
    'https://crm.zoho.com/*',
    'https://crm.zoho.eu/*',
    'https://crm.zoho.in/*',
    'https://crm.zoho.com.au/*',
    'https://crm.zoho.jp/*',
  ],
});

export const recognizer = /* @__PURE__ */ siteRecognizer(site, zoho);
