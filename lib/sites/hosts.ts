/**
 * The hosts Callprep reads. The content script is registered only here, never on
 * <all_urls>: a seller's other tabs are none of our business. Custom CRM hosts are
 * added at run time through optional host permissions (see lib/settings).
 */
export const MAIL_HOST_PATTERNS = [
  'https://mail.google.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
] as const;

export const CALENDAR_HOST_PATTERNS = ['https://calendar.google.com/*'] as const;

export const CRM_HOST_PATTERNS = [
  'https://*.lightning.force.com/*',
  'https://app.hubspot.com/*',
  'https://app-eu1.hubspot.com/*',
  'https://app-na2.hubspot.com/*',
  'https://*.pipedrive.com/*',
  'https://*.dynamics.com/*',
  'https://crm.zoho.com/*',
  'https://crm.zoho.eu/*',
  'https://crm.zoho.in/*',
  'https://crm.zoho.com.au/*',
  'https://crm.zoho.jp/*',
  'https://www.linkedin.com/*',
] as const;

export const RECOGNIZED_HOST_PATTERNS = [
  ...MAIL_HOST_PATTERNS,
  ...CALENDAR_HOST_PATTERNS,
  ...CRM_HOST_PATTERNS,
] as const;
