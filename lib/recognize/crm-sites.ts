import { dynamics } from './dynamics';
import { hubspot } from './hubspot';
import { linkedin } from './linkedin';
import { pipedrive } from './pipedrive';
import { salesforce } from './salesforce';
import type { Recognizer } from './types';
import { zoho } from './zoho';

/** CRM and profile sites: one content script serves them all. */
export const CRM_RECOGNIZERS: readonly Recognizer[] = [
  salesforce,
  hubspot,
  pipedrive,
  dynamics,
  zoho,
  linkedin,
];
