/** Dynamics 365 and model-driven Power Apps. */
import { dynamics } from '../../recognize/dynamics';
import { defineSite, siteRecognizer } from '../define-site';

export const site = defineSite({
  id: 'dynamics',
  label: 'Microsoft Dynamics 365',
  hosts: ['https://*.dynamics.com/*'],
});

export const recognizer = /* @__PURE__ */ siteRecognizer(site, dynamics);
