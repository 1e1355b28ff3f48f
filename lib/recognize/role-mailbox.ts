/**
 * Addresses that name no person: a site's own role mailboxes (newsroom@, support@,
 * privacy@ …) and the no-reply kind anywhere. A page whose only addresses are these
 * is about nobody, so the generic reader leaves them out. Kept short: it ships in
 * the generic content script.
 */

/**
 * Local parts (digits and . _ + - removed) of mailboxes no one reads (the first
 * group, on any domain) or a role reads.
 */
const ROLE =
  /^(?:((do)?not?reply|mailerdaemon|bounces?)|news(room|desk)?|press\w*|media|corrections?|info|support|help|contact|hello|privacy|legal|webmaster|sales|billing|tips?|editor\w*|subscri\w*|admin|enquiries|team)$/;

/** The label a domain is registered under: "dailyherald" for news.daily-herald.co.uk. */
const brand = (domain: string) => {
  const p = domain.split('.');
  return p.at(p.length > 2 && /^(co|com|org|net|ac)$/.test(p.at(-2)!) ? -3 : -2)!.replace(/-/g, '');
};

/**
 * Whether an address names no person on a page of `host`. A role mailbox is the
 * site's own when its domain is; on a publication (a page with share links) every
 * role mailbox is the site's, whatever domain its mail provider lends it.
 */
export function isRoleMailbox(email: string, host: string, publication: boolean): boolean {
  const [local, domain] = email.split('@') as [string, string];
  const m = ROLE.exec(local.replace(/[\d._+-]/g, ''));
  return !!m && (!!m[1] || publication || brand(domain) === brand(host));
}

/** Link texts that name an action, not a person: "Email", "Email this article", "Contact". */
export const ACTION_TEXT =
  /^((send )?e-?mail( me| us| this( \w+)?)?|contact( us)?|share( by e-?mail)?)$/i;
