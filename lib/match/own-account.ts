import { updateSettings, getSettings } from '../db/settings';
import type { CallprepDB } from '../db/schema';
import { emailDomain, isFreeMailDomain, isOwnDomain, registrableDomain } from './free-mail';

const MAX_OWN = 50;

/**
 * The mail site says this mailbox is signed in: it is the seller's. Remember the
 * address, and its company domain (not free mail) as one of the seller's own
 * domains, so neither is ever matched or learned as a customer. True when the
 * settings changed (the tab's page should then be matched again).
 */
export async function rememberOwnAccount(db: CallprepDB, email: string): Promise<boolean> {
  const address = email.trim().toLowerCase();
  const domain = emailDomain(address);
  if (!domain) return false;
  const settings = await getSettings(db);
  const ownEmails = settings.ownEmails.includes(address)
    ? settings.ownEmails
    : [...settings.ownEmails, address].slice(-MAX_OWN);
  const ownDomains =
    isFreeMailDomain(domain) || isOwnDomain(domain, settings.ownDomains)
      ? settings.ownDomains
      : [...settings.ownDomains, registrableDomain(domain)].slice(-MAX_OWN);
  if (ownEmails === settings.ownEmails && ownDomains === settings.ownDomains) return false;
  await updateSettings(db, { ownEmails, ownDomains });
  return true;
}
