/** HubSpot and its regional hosts. */
import { hubspot } from '../../recognize/hubspot';
import { defineSite, siteRecognizer } from '../define-site';

export const site = defineSite({
  id: 'hubspot',
  label: 'HubSpot',
  hosts: [
    'https://app.hubspot.com/*',
    'https://app-eu1.hubspot.com/*',
    'https://app-na2.hubspot.com/*',
  ],
});

export const recognizer = /* @__PURE__ */ siteRecognizer(site, hubspot);
