/**
 * Free-mail and consumer mailbox domains. An address at one of these says who a
 * person is, never which company they work for: matching uses such an address
 * only as an exact contact email, never as a customer's domain.
 */

// Exact domains (lower case).
const FREE_MAIL_DOMAINS = new Set([
  // Google
  'gmail.com',
  'googlemail.com',
  // Microsoft (the hotmail/outlook/live/msn families are also matched by FAMILIES below)
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'passport.com',
  'windowslive.com',
  // Yahoo / Verizon
  'yahoo.com',
  'ymail.com',
  'rocketmail.com',
  'aol.com',
  'aim.com',
  'verizon.net',
  // Apple
  'icloud.com',
  'me.com',
  'mac.com',
  // Privacy-focused
  'proton.me',
  'protonmail.com',
  'protonmail.ch',
  'pm.me',
  'tutanota.com',
  'tutanota.de',
  'tutamail.com',
  'tuta.io',
  'tuta.com',
  'keemail.me',
  'mailfence.com',
  'posteo.de',
  'posteo.net',
  'mailbox.org',
  'disroot.org',
  'riseup.net',
  'startmail.com',
  'runbox.com',
  'hushmail.com',
  'countermail.com',
  'cock.li',
  'skiff.com',
  'duck.com',
  // Paid / independent consumer mail
  'fastmail.com',
  'fastmail.fm',
  'hey.com',
  'zoho.com',
  'zohomail.com',
  'zohomail.eu',
  'zohomail.in',
  'mail.com',
  'email.com',
  'usa.com',
  'inbox.com',
  'gmx.com',
  'gmx.net',
  'gmx.de',
  'gmx.at',
  'gmx.ch',
  'gmx.fr',
  'gmx.us',
  'gmx.co.uk',
  // Germany / Austria / Switzerland
  'web.de',
  't-online.de',
  'freenet.de',
  'arcor.de',
  'online.de',
  'aon.at',
  'chello.at',
  'bluewin.ch',
  'hispeed.ch',
  // France / Belgium
  'orange.fr',
  'wanadoo.fr',
  'free.fr',
  'laposte.net',
  'sfr.fr',
  'neuf.fr',
  'bbox.fr',
  'skynet.be',
  'telenet.be',
  // Italy / Spain / Portugal
  'libero.it',
  'virgilio.it',
  'tiscali.it',
  'alice.it',
  'tin.it',
  'email.it',
  'terra.es',
  'telefonica.net',
  'sapo.pt',
  // UK / Ireland
  'btinternet.com',
  'btopenworld.com',
  'sky.com',
  'virginmedia.com',
  'ntlworld.com',
  'talktalk.net',
  'blueyonder.co.uk',
  'eircom.net',
  // Netherlands / Nordics / Central Europe
  'ziggo.nl',
  'kpnmail.nl',
  'planet.nl',
  'home.nl',
  'telia.com',
  'online.no',
  'seznam.cz',
  'centrum.cz',
  'post.cz',
  'wp.pl',
  'o2.pl',
  'onet.pl',
  'interia.pl',
  // Russia / CIS
  'mail.ru',
  'inbox.ru',
  'list.ru',
  'bk.ru',
  'internet.ru',
  'rambler.ru',
  'ya.ru',
  'ukr.net',
  // Americas
  'comcast.net',
  'att.net',
  'sbcglobal.net',
  'bellsouth.net',
  'charter.net',
  'cox.net',
  'earthlink.net',
  'juno.com',
  'netzero.net',
  'optonline.net',
  'shaw.ca',
  'rogers.com',
  'sympatico.ca',
  'videotron.ca',
  'uol.com.br',
  'bol.com.br',
  'terra.com.br',
  'ig.com.br',
  'prodigy.net.mx',
  // Asia / Oceania / Africa
  'qq.com',
  'foxmail.com',
  '163.com',
  '126.com',
  'yeah.net',
  'sina.com',
  'sina.cn',
  'sohu.com',
  'aliyun.com',
  '139.com',
  '189.cn',
  'naver.com',
  'daum.net',
  'hanmail.net',
  'nate.com',
  'kakao.com',
  'rediffmail.com',
  'docomo.ne.jp',
  'ezweb.ne.jp',
  'softbank.ne.jp',
  'i.softbank.jp',
  'nifty.com',
  'biglobe.ne.jp',
  'ocn.ne.jp',
  'bigpond.com',
  'bigpond.net.au',
  'optusnet.com.au',
  'xtra.co.nz',
  'mweb.co.za',
  // Throw-away addresses people give to forms
  'mailinator.com',
  'guerrillamail.com',
  'temp-mail.org',
  '10minutemail.com',
  'yopmail.com',
]);

/**
 * Brands whose mail lives under many country domains: hotmail.co.uk, hotmail.fr,
 * yahoo.co.jp, yandex.ru, gmx.at … — the brand label followed only by a public
 * suffix such as `com`, `de`, `co.uk` or `com.br`.
 */
const FAMILIES = new Set([
  'hotmail',
  'outlook',
  'live',
  'msn',
  'windowslive',
  'yahoo',
  'ymail',
  'aol',
  'gmx',
  'yandex',
  'googlemail',
  'gmail',
  'icloud',
  'protonmail',
  'zohomail',
]);

// `com`, `de`, `co.uk`, `com.br`, `ne.jp`: a top-level domain with at most one generic label.
const PUBLIC_SUFFIX_LIKE = /^(?:[a-z]{2,3}|(?:co|com|net|org|ne|or|ac|gen)\.[a-z]{2})$/;

/** The lower-cased domain of an email address, or null when it has none. */
export function emailDomain(email: string | undefined | null): string | null {
  if (!email) return null;
  const at = email.lastIndexOf('@');
  if (at < 1) return null;
  const domain = email
    .slice(at + 1)
    .trim()
    .toLowerCase()
    .replace(/\.$/, '');
  return /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(domain) ? domain : null;
}

/** True for gmail.com, hotmail.co.uk, yahoo.fr, gmx.net, qq.com … (case-insensitive). */
export function isFreeMailDomain(domain: string | undefined | null): boolean {
  if (!domain) return false;
  const d = domain.trim().toLowerCase().replace(/\.$/, '');
  if (FREE_MAIL_DOMAINS.has(d)) return true;
  const dot = d.indexOf('.');
  if (dot < 1) return false;
  return FAMILIES.has(d.slice(0, dot)) && PUBLIC_SUFFIX_LIKE.test(d.slice(dot + 1));
}

/** True when `domain` is one of the seller's own domains or a subdomain of one. */
export function isOwnDomain(
  domain: string | undefined | null,
  ownDomains: readonly string[],
): boolean {
  if (!domain) return false;
  const d = domain.trim().toLowerCase();
  return ownDomains.some((own) => {
    const o = own.trim().toLowerCase();
    return o !== '' && (d === o || d.endsWith(`.${o}`));
  });
}

/**
 * The domain and its parents down to the registrable one, most specific first:
 * `mail.eu.acme.co.uk` → [`mail.eu.acme.co.uk`, `eu.acme.co.uk`, `acme.co.uk`].
 * (An approximation of the public-suffix list: enough for company mail hosts.)
 */
export function domainAndParents(domain: string): string[] {
  const labels = domain.toLowerCase().split('.');
  const out: string[] = [];
  for (let i = 0; i < labels.length - 1; i++) {
    out.push(labels.slice(i).join('.'));
    const rest = labels.slice(i + 1).join('.');
    // Stop before a bare suffix such as `com` or `co.uk`.
    if (!rest.includes('.') || PUBLIC_SUFFIX_LIKE.test(rest)) break;
  }
  return out;
}

/** The registrable part of a domain: `mail.eu.acme.co.uk` → `acme.co.uk`. */
export function registrableDomain(domain: string): string {
  const all = domainAndParents(domain);
  return all[all.length - 1] ?? domain.toLowerCase();
}

/** A readable company name from a domain: `acme-widgets.co.uk` → "Acme Widgets". */
export function nameFromDomain(domain: string): string {
  const label = registrableDomain(domain).split('.')[0] ?? '';
  return label
    .split(/[-_]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}
