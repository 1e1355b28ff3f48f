/**
 * CRM record pages (issue 13): the URL's record ref survives a layout we cannot
 * read, and what a record page quotes from other people (activity timelines,
 * related lists) never becomes the record's email or company.
 */
import { describe, expect, it } from 'vitest';
import { recognizePage } from '@/lib/recognize';
import { parseSalesforceUrl } from '@/lib/recognize/salesforce';

const page = (body: string) =>
  new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${body}</body></html>`, 'text/html');

describe('a record URL whose page layout is not understood', () => {
  it.each([
    [
      'https://acme.lightning.force.com/lightning/r/Account/0015g00000AcMeZAAV/view',
      { system: 'salesforce', type: 'Account', id: '0015g00000AcMeZAAV' },
    ],
    [
      'https://acme.lightning.force.com/one/one.app#/sObject/00Q5e00000AbCdE/view',
      { system: 'salesforce', type: 'Lead', id: '00Q5e00000AbCdEEAV' },
    ],
    [
      'https://app.hubspot.com/contacts/4021119/record/0-1/51234501',
      { system: 'hubspot', type: 'contact', id: '51234501' },
    ],
    [
      'https://app-na2.hubspot.com/contacts/4021119/company/9120034505',
      { system: 'hubspot', type: 'company', id: '9120034505' },
    ],
  ])('%s still sends its record ref, and nothing read from the page', (url, record) => {
    // A stray address and a heading in markup none of the readers know.
    const doc = page(
      '<main class="x9f"><h2>Someone Else</h2><a href="mailto:colleague@other.example">Colleague</a></main>',
    );
    expect(recognizePage(doc, url)).toEqual({
      site: record.system,
      view: 'record',
      url,
      record,
      people: [],
    });
  });
});

describe('what a record page quotes is not the record', () => {
  it('HubSpot: a company linked from a timeline event is not the contact’s company', () => {
    const doc = page(
      `<span data-selenium-test="highlightTitle">Priya Raman</span>
       <div data-test-id="timeline-card"><div data-selenium-test="timeline-event-associations-card">
         <a href="/contacts/1/record/0-2/77">Acme Analytics</a></div>
         <div data-selenium-test="property-input-email">lena@acme-analytics.com</div></div>`,
    );
    const signal = recognizePage(doc, 'https://app.hubspot.com/contacts/1/record/0-1/5');
    expect(signal?.company).toBeUndefined();
    expect(signal?.people).toEqual([{ role: 'subject', name: 'Priya Raman' }]);
  });

  it('HubSpot: the email is the first candidate that holds one, plain text included', () => {
    const doc = page(
      `<span data-selenium-test="highlightTitle">Priya Raman</span>
       <div data-selenium-test="highlightSubtitle">COO at Globex Health</div>
       <div data-selenium-test="contact-highlight-details"><span>Priya.Raman@GlobexHealth.com</span></div>`,
    );
    const signal = recognizePage(doc, 'https://app.hubspot.com/contacts/1/record/0-1/5');
    expect(signal?.people).toEqual([
      { role: 'subject', name: 'Priya Raman', email: 'priya.raman@globexhealth.com' },
    ]);
  });

  it('Salesforce Lead: a "Company" label in the activity panel is not the lead’s company', () => {
    const doc = page(
      `<div class="oneContent active"><lightning-formatted-name slot="primaryField">Hans Gruber</lightning-formatted-name>
       <div class="forceActivityPanel"><div class="slds-form-element"><span class="test-id__field-label">Company</span>
       <span class="test-id__field-value">Northwind Logistics</span></div></div></div>`,
    );
    const signal = recognizePage(
      doc,
      'https://acme.lightning.force.com/lightning/r/Lead/00Q5e00000AbCdE/view',
    );
    expect(signal?.title).toBe('Hans Gruber');
    expect(signal?.company).toBeUndefined();
  });

  it('Salesforce Lead: the Company label beside its value, in a layout without field names', () => {
    const doc = page(
      `<div class="oneContent active"><lightning-formatted-name slot="primaryField">Hans Gruber</lightning-formatted-name>
       <div class="slds-form-element"><span class="slds-form-element__label">Company</span>
       <div class="slds-form-element__control"><span class="slds-form-element__static">Nakatomi Trading</span></div></div></div>`,
    );
    const signal = recognizePage(
      doc,
      'https://acme.lightning.force.com/lightning/r/Lead/00Q5e00000AbCdE/view',
    );
    expect(signal?.company).toBe('Nakatomi Trading');
  });
});

describe('Salesforce one.app record URLs', () => {
  it('reads the record from the hash', () => {
    expect(
      parseSalesforceUrl(
        new URL('https://acme.lightning.force.com/one/one.app#/sObject/001D000000IqhSL/view'),
      ),
    ).toEqual({ type: 'Account', id: '001D000000IqhSLIAZ' });
  });
  it.each([
    'https://acme.lightning.force.com/one/one.app',
    'https://acme.lightning.force.com/one/one.app#/home',
    'https://acme.lightning.force.com/one/one.app#/sObject/Account/home',
  ])('rejects %s', (url) => expect(parseSalesforceUrl(new URL(url))).toBeNull());
});
