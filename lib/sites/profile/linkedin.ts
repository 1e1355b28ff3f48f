/** LinkedIn people and company pages. */
import { linkedin } from '../../recognize/linkedin';
import { defineSite, siteRecognizer } from '../define-site';

export const site = defineSite({
  id: 'linkedin',
  label: 'LinkedIn',
  hosts: ['https://www.linkedin.com/*'],
});

export const recognizer = /* @__PURE__ */ siteRecognizer(site, linkedin);
