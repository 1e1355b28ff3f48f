/**
 * LinkedIn people and company pages, on www. and on the country hosts
 * (se.linkedin.com, uk.linkedin.com …) that logged-out and regional visitors get.
 */
import { linkedin } from '../../recognize/linkedin';
import { defineSite, siteRecognizer } from '../define-site';

export const site = defineSite({
  id: 'linkedin',
  label: 'LinkedIn',
  hosts: ['https://*.linkedin.com/*'],
});

export const recognizer = /* @__PURE__ */ siteRecognizer(site, linkedin);
