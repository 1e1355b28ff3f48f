import { describe, expect, it } from 'vitest';
import {
  domainAndParents,
  emailDomain,
  isFreeMailDomain,
  isOwnDomain,
  nameFromDomain,
  registrableDomain,
} from '@/lib/match/free-mail';

describe('free-mail domains', () => {
  it.each([
    'gmail.com',
    'googlemail.com',
    'outlook.com',
    'hotmail.com',
    'hotmail.co.uk',
    'hotmail.fr',
    'hotmail.de',
    'live.com',
    'live.nl',
    'msn.com',
    'yahoo.com',
    'yahoo.co.jp',
    'yahoo.com.br',
    'ymail.com',
    'icloud.com',
    'me.com',
    'mac.com',
    'aol.com',
    'proton.me',
    'protonmail.com',
    'pm.me',
    'gmx.de',
    'gmx.net',
    'web.de',
    'mail.ru',
    'yandex.ru',
    'yandex.com',
    'zoho.com',
    'fastmail.com',
    'hey.com',
    'qq.com',
    '163.com',
    '126.com',
    'naver.com',
    'tutanota.com',
    'GMAIL.COM',
  ])('%s is free mail', (d) => {
    expect(isFreeMailDomain(d)).toBe(true);
  });

  it.each([
    'acme.com',
    'live.acme.com',
    'outlook.office.com',
    'yahoo-inc.example',
    'webde.com',
    '',
  ])('%s is not free mail', (d) => {
    expect(isFreeMailDomain(d)).toBe(false);
  });

  it('reads the domain of an email', () => {
    expect(emailDomain('Ada@ACME.com ')).toBe('acme.com');
    expect(emailDomain('"a@b"@eu.acme.co.uk')).toBe('eu.acme.co.uk');
    expect(emailDomain('no-at-sign')).toBeNull();
    expect(emailDomain('@acme.com')).toBeNull();
    expect(emailDomain('ada@localhost')).toBeNull();
    expect(emailDomain(undefined)).toBeNull();
  });

  it('knows the seller’s own domains and their subdomains', () => {
    expect(isOwnDomain('callprep.app', ['callprep.app'])).toBe(true);
    expect(isOwnDomain('eu.callprep.app', ['Callprep.app'])).toBe(true);
    expect(isOwnDomain('notcallprep.app', ['callprep.app'])).toBe(false);
    expect(isOwnDomain('acme.com', [])).toBe(false);
  });

  it('walks up to the registrable domain and derives a name', () => {
    expect(domainAndParents('mail.eu.acme.co.uk')).toEqual([
      'mail.eu.acme.co.uk',
      'eu.acme.co.uk',
      'acme.co.uk',
    ]);
    expect(domainAndParents('acme.com')).toEqual(['acme.com']);
    expect(registrableDomain('x.acme.io')).toBe('acme.io');
    expect(registrableDomain('acme.com.br')).toBe('acme.com.br');
    expect(nameFromDomain('mail.acme-widgets.co.uk')).toBe('Acme Widgets');
  });
});
