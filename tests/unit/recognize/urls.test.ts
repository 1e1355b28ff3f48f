import { describe, expect, it } from 'vitest';
import { parseDynamicsUrl } from '@/lib/recognize/dynamics';
import { parseCalendarUrl } from '@/lib/recognize/gcalendar';
import { parseGmailUrl } from '@/lib/recognize/gmail';
import { parseHubspotUrl } from '@/lib/recognize/hubspot';
import { recognizerFor } from '@/lib/recognize';
import { parseLinkedinUrl } from '@/lib/recognize/linkedin';
import { parseOutlookUrl } from '@/lib/recognize/outlook';
import { parsePipedriveUrl } from '@/lib/recognize/pipedrive';
import { parseSalesforceUrl } from '@/lib/recognize/salesforce';
import { parseZohoUrl } from '@/lib/recognize/zoho';
import { RECOGNIZED_HOST_PATTERNS } from '@/lib/sites';

const u = (s: string) => new URL(s);

describe('which site owns a host', () => {
  it.each([
    ['https://mail.google.com/mail/u/0/#inbox', 'gmail'],
    ['https://outlook.office365.com/mail/', 'outlook'],
    ['https://outlook.live.com/mail/0/', 'outlook'],
    ['https://calendar.google.com/calendar/u/0/r', 'gcalendar'],
    ['https://acme--uat.sandbox.lightning.force.com/lightning/page/home', 'salesforce'],
    ['https://app-eu1.hubspot.com/contacts/1/record/0-1/2', 'hubspot'],
    ['https://acme.pipedrive.com/person/1', 'pipedrive'],
    ['https://acme.crm4.dynamics.com/main.aspx', 'dynamics'],
    ['https://crm.zoho.com.au/crm/tab/Accounts/123456', 'zoho'],
    ['https://www.linkedin.com/in/x/', 'linkedin'],
  ])('%s → %s', (url, site) => {
    expect(recognizerFor(url)?.site).toBe(site);
  });

  it('claims every host the content script is registered on', () => {
    for (const pattern of RECOGNIZED_HOST_PATTERNS) {
      const host = pattern.replace('https://', '').replace('/*', '').replace('*.', 'sub.');
      expect(recognizerFor(`https://${host}/`), pattern).toBeDefined();
    }
  });

  it('leaves other hosts to the generic reader', () => {
    expect(recognizerFor('https://example.com/')).toBeUndefined();
    expect(recognizerFor('https://evil-lightning.force.com.example/')).toBeUndefined();
    expect(recognizerFor('not a url')).toBeUndefined();
  });
});

describe('Gmail routes', () => {
  it.each([
    ['https://mail.google.com/mail/u/0/', 'list', false],
    ['https://mail.google.com/mail/u/0/#inbox', 'list', false],
    ['https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmqHbQXmqTvqJCmWbzGs', 'thread', false],
    ['https://mail.google.com/mail/u/0/#label/Clients%2FAcme', 'list', false],
    [
      'https://mail.google.com/mail/u/0/#label/Clients/FMfcgzQXJWDsKmqHbQXmqTvqJCmWbzGs',
      'thread',
      false,
    ],
    ['https://mail.google.com/mail/u/0/#search/averyveryverylongquery', 'list', false],
    ['https://mail.google.com/mail/u/0/#search/acme/18c2a6e3b1f4d5c7', 'thread', false],
    ['https://mail.google.com/mail/u/0/#inbox?compose=new', 'list', true],
    ['https://mail.google.com/mail/u/0/?compose=new', 'list', true],
    ['https://mail.google.com/mail/u/0/#settings/general', 'other', false],
  ])('%s', (url, kind, compose) => {
    expect(parseGmailUrl(u(url))).toEqual({ kind, compose });
  });
});

describe('Outlook routes', () => {
  it.each([
    ['https://outlook.office.com/mail/', 'mail'],
    ['https://outlook.office.com/mail/inbox/id/AAQk%3D', 'mail'],
    ['https://outlook.office.com/mail/deeplink/compose', 'compose'],
    ['https://outlook.office.com/owa/?path=/mail/action/compose', 'compose'],
    ['https://outlook.office.com/calendar/view/week', 'other'],
  ])('%s → %s', (url, route) => expect(parseOutlookUrl(u(url))).toBe(route));
});

describe('Calendar routes', () => {
  it('finds the editor and the year in view', () => {
    expect(parseCalendarUrl(u('https://calendar.google.com/calendar/u/0/r/eventedit/abc'))).toEqual(
      { edit: true, year: undefined },
    );
    expect(parseCalendarUrl(u('https://calendar.google.com/calendar/u/0/r/week/2027/1/4'))).toEqual(
      { edit: false, year: 2027 },
    );
  });
});

describe('Salesforce record URLs', () => {
  it.each([
    [
      'https://acme.lightning.force.com/lightning/r/Account/001D000000IqhSLIAZ/view',
      'Account',
      '001D000000IqhSLIAZ',
    ],
    [
      'https://acme.lightning.force.com/lightning/r/Account/001D000000IqhSL/view',
      'Account',
      '001D000000IqhSLIAZ',
    ],
    [
      'https://acme--uat.sandbox.lightning.force.com/lightning/r/Contact/003D000000QeVfG/view?0.source=alohaHeader',
      'Contact',
      '003D000000QeVfGIAV',
    ],
    [
      'https://acme.lightning.force.com/lightning/r/Opportunity/006D000000CrH7qIAF',
      'Opportunity',
      '006D000000CrH7qIAF',
    ],
    [
      'https://acme.lightning.force.com/lightning/r/Lead/00Q5e00000AbCdE/related/Histories/view',
      'Lead',
      '00Q5e00000AbCdEEAV',
    ],
    [
      'https://acme.lightning.force.com/lightning/r/00Q5e00000AbCdE/view',
      'Lead',
      '00Q5e00000AbCdEEAV',
    ],
    [
      'https://acme.lightning.force.com/lightning/r/Invoice__c/a0B5e00000XyZ12/view',
      'Invoice__c',
      'a0B5e00000XyZ12EAF',
    ],
  ])('%s', (url, type, id) => expect(parseSalesforceUrl(u(url))).toEqual({ type, id }));

  it.each([
    'https://acme.lightning.force.com/lightning/o/Account/list',
    'https://acme.lightning.force.com/lightning/r/Account/notanid/view',
    'https://acme.lightning.force.com/lightning/page/home',
  ])('rejects %s', (url) => expect(parseSalesforceUrl(u(url))).toBeNull());
});

describe('HubSpot record URLs', () => {
  it.each([
    ['/contacts/4021119/record/0-1/51234501', 'contact', '51234501'],
    ['/contacts/4021119/record/0-2/8812440012/view/1', 'company', '8812440012'],
    ['/contacts/4021119/record/0-3/19283746', 'deal', '19283746'],
    ['/contacts/4021119/record/0-5/77', 'ticket', '77'],
    ['/contacts/4021119/contact/51234501/', 'contact', '51234501'],
    ['/contacts/4021119/company/8812440012', 'company', '8812440012'],
    ['/contacts/4021119/deal/19283746', 'deal', '19283746'],
  ])('%s', (path, type, id) =>
    expect(parseHubspotUrl(u(`https://app.hubspot.com${path}`))).toEqual({ type, id }),
  );

  it('rejects lists and unknown objects', () => {
    expect(
      parseHubspotUrl(u('https://app.hubspot.com/contacts/1/objects/0-1/views/all/list')),
    ).toBeNull();
    expect(parseHubspotUrl(u('https://app.hubspot.com/contacts/1/record/0-7/5'))).toBeNull();
  });
});

describe('Pipedrive record URLs', () => {
  it.each([
    ['/person/1842', 'person', '1842'],
    ['/organization/311/', 'organization', '311'],
    ['/deal/977', 'deal', '977'],
    [
      '/leads/inbox/0B4C9A10-55E2-11EF-8C8C-4F6B2B1D9E01',
      'lead',
      '0b4c9a10-55e2-11ef-8c8c-4f6b2b1d9e01',
    ],
  ])('%s', (path, type, id) =>
    expect(parsePipedriveUrl(u(`https://acme.pipedrive.com${path}`))).toEqual({ type, id }),
  );
  it('rejects lists', () =>
    expect(parsePipedriveUrl(u('https://acme.pipedrive.com/pipeline'))).toBeNull());
});

describe('Dynamics record URLs', () => {
  const id = '5a3c9f11-28e4-ee11-904c-000d3ab8c21f';
  it.each([
    [`main.aspx?appid=x&pagetype=entityrecord&etn=account&id=%7B${id.toUpperCase()}%7D`, 'account'],
    [`main.aspx?etn=contact&id={${id}}&pagetype=entityrecord`, 'contact'],
    [`main.aspx?etn=Opportunity&id=${id}`, 'opportunity'],
    [`main.aspx?etn=account&id=%257B${id}%257D&pagetype=entityrecord`, 'account'],
    [`main.aspx#etn=lead&id=${id}&pagetype=entityrecord`, 'lead'],
  ])('%s', (path, type) =>
    expect(parseDynamicsUrl(u(`https://x.crm.dynamics.com/${path}`))).toEqual({ type, id }),
  );
  it('rejects lists and bad ids', () => {
    expect(
      parseDynamicsUrl(u('https://x.crm.dynamics.com/main.aspx?pagetype=entitylist&etn=account')),
    ).toBeNull();
    expect(
      parseDynamicsUrl(u('https://x.crm.dynamics.com/main.aspx?etn=account&id=123')),
    ).toBeNull();
  });
});

describe('Zoho record URLs', () => {
  it.each([
    ['https://crm.zoho.com/crm/org70012345/tab/Accounts/4876876000000231001', 'Accounts'],
    ['https://crm.zoho.eu/crm/tab/Contacts/4876876000000231001?sub_module=x', 'Contacts'],
    ['https://crm.zoho.in/crm/org1/tab/Leads/4876876000000231001/', 'Leads'],
    ['https://crm.zoho.jp/crm/org1/tab/Potentials/4876876000000231001', 'Potentials'],
  ])('%s', (url, type) =>
    expect(parseZohoUrl(u(url))).toEqual({ type, id: '4876876000000231001' }),
  );
  it('rejects module lists', () =>
    expect(
      parseZohoUrl(u('https://crm.zoho.com/crm/org1/tab/Accounts/custom-view/1/list')),
    ).toBeNull());
});

describe('LinkedIn URLs', () => {
  it.each([
    ['https://www.linkedin.com/in/bruno-costa-0a1b2c/', 'in', 'bruno-costa-0a1b2c'],
    ['https://www.linkedin.com/in/Bruno-Costa/details/experience/', 'in', 'bruno-costa'],
    ['https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa', 'in', 'josé-garcía'],
    ['https://www.linkedin.com/company/acme-logistics/about/', 'company', 'acme-logistics'],
  ])('%s', (url, type, id) => expect(parseLinkedinUrl(u(url))).toEqual({ type, id }));
  it('rejects the feed', () =>
    expect(parseLinkedinUrl(u('https://www.linkedin.com/feed/'))).toBeNull());
});
