/**
 * Addresses that name no person: a site's own role mailboxes (newsroom@, support@,
 * privacy@ …) and the no-reply kind anywhere. A page whose only addresses are these
 * is about nobody, so the generic reader leaves them out.
 */

/** Local parts (digits and . _ + - removed) of mailboxes a role, not a person, reads. */
const ROLE =
  /^(?:news(?:room|desk)?|press(?:office)?|media|pr|corrections?|info(?:rmation)?|support|help(?:desk)?|customer(?:service|support|care)|service|contact(?:us)?|hello|hi|privacy|legal|webmaster|sales|billing|tips?|feedback|editors?|editorial|letters|newsletters?|subscriptions?|subscribe|abuse|postmaster|hostmaster|admin|marketing|advertising|ads|jobs|careers|hr|office|enquiries|inquiries|team|mail|dpo|gdpr|security|accessibility|events?|partners?|community|membership|reception|general|orders?|accounts|finance|invoices?)$/;

/** Mailboxes no one reads, on any domain. */
const NOBODY = /^(?:noreply|donotreply|mailerdaemon|bounces?|notifications?)$/;

/**
 * The name a domain is registered under, roughly: "nordicbusinessdaily" for
 * news.nordicbusinessdaily.example and nordic-business-daily.co.uk alike.
 */
function brand(domain: string): string {
  const p = domain.toLowerCase().split('.');
  const n =
    p.length > 2 && p.at(-1)!.length === 2 && /^(?:co|com|org|net|ac|gov|ne|or)$/.test(p.at(-2)!)
      ? 3
      : 2;
  return p.at(-n)?.replace(/-/g, '') ?? '';
}

/**
 * Whether an address names no person on a page of `host`. A role mailbox is the
 * site's own when its domain is; on a publication (a page with share links) every
 * role mailbox is the site's, whatever domain its mail provider lends it.
 */
export function isRoleMailbox(email: string, host: string, publication: boolean): boolean {
  const at = email.lastIndexOf('@');
  const role = email.slice(0, at).replace(/[\d._+-]/g, '');
  if (NOBODY.test(role)) return true;
  return ROLE.test(role) && (publication || brand(email.slice(at + 1)) === brand(host));
}

/** Link texts that name an action, not a person: "Email", "Email this article", "Contact". */
export const ACTION_TEXT =
  /^(?:e-?mail|mail|send (?:an? )?e-?mail|e-?mail (?:me|us|this(?: page| article| story)?|(?:the )?author)|contact(?: us| me)?|write to us|share(?: (?:by|via) e-?mail)?)$/i;
