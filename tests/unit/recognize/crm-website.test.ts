/**
 * Issue 13: an organisation record's website is part of what the page says about
 * it (`domain`), read from each CRM's own website / domain field; never from a
 * person's record, a related list or the activity timeline.
 */
import { describe, expect, it } from 'vitest';
import { recognizePage } from '@/lib/recognize';
import { hostOf } from '@/lib/recognize/crm';

const page = (body: string) =>
  new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${body}</body></html>`, 'text/html');

describe('hostOf', () => {
  it.each([
    ['https://www.Acme-Logistics.example/about?x=1', 'acme-logistics.example'],
    ['acme.co.uk', 'acme.co.uk'],
    ['http://shop.acme.com:8080', 'shop.acme.com'],
    ['www2.globex.example.', 'globex.example'],
  ])('%s → %s', (raw, host) => expect(hostOf(raw)).toBe(host));

  it.each(['+1 555 0100', 'n/a', 'info@acme.com', 'mailto:info@acme.com', '', 'Acme Inc.'])(
    '%s is no website',
    (raw) => expect(hostOf(raw)).toBeUndefined(),
  );
});

describe('the website of an organisation record', () => {
  it('HubSpot company: the "Company domain name" property, not a timeline link', () => {
    const doc = page(`
      <div data-test-id="timeline-card"><a href="https://other.example/pricing">pricing</a></div>
      <h1 data-selenium-test="highlightTitle">Globex Health</h1>
      <div data-selenium-test="property-input-domain" class="private-truncated-string">globexhealth.com</div>`);
    const s = recognizePage(doc, 'https://app.hubspot.com/contacts/4021119/record/0-2/9120034505');
    expect(s).toMatchObject({ company: 'Globex Health', domain: 'globexhealth.com' });
  });

  it('Pipedrive organization: the Website field’s link, by its href', () => {
    const doc = page(`
      <h1 data-testid="header-title">Nordlys Shipping AS</h1>
      <div data-testid="website"><a href="https://www.nordlys-shipping.example/" target="_blank">nordlys-shipping…</a></div>`);
    const s = recognizePage(doc, 'https://nordlys.pipedrive.com/organization/812');
    expect(s).toMatchObject({ title: 'Nordlys Shipping AS', domain: 'nordlys-shipping.example' });
  });

  it('Dynamics account: the websiteurl control’s value', () => {
    const doc = page(`
      <h1 data-id="header_title">Contoso Pharmaceuticals - Saved</h1>
      <input data-id="websiteurl.fieldControl-url-text-input" value="https://contoso-pharma.example">`);
    const url =
      'https://org.crm4.dynamics.com/main.aspx?appid=1&pagetype=entityrecord&etn=account&id=%7B0A1B2C3D-0000-4000-8000-00000000ABCD%7D';
    expect(recognizePage(doc, url)).toMatchObject({
      company: 'Contoso Pharmaceuticals',
      domain: 'contoso-pharma.example',
    });
  });

  it('Salesforce Account: a Website shown only by its label (highlights panel)', () => {
    const doc = page(`
      <div class="oneContent active"><records-highlights2><h1><lightning-formatted-text slot="primaryField">Acme Logistics, Inc.</lightning-formatted-text></h1>
      <records-highlights-details-item><p class="slds-text-title">Website</p><p class="fieldComponent"><a href="https://acme-logistics.example">acme-logistics.example</a></p></records-highlights-details-item></records-highlights2>
      <lst-related-list-single-container><records-record-layout-item field-label="Website"><a href="https://partner.example">partner.example</a></records-record-layout-item></lst-related-list-single-container></div>`);
    const s = recognizePage(
      doc,
      'https://acme.lightning.force.com/lightning/r/Account/001D000000IqhSLIAZ/view',
    );
    expect(s?.domain).toBe('acme-logistics.example');
  });

  it('a person record sends no domain, even beside its account’s website', () => {
    const doc = page(`
      <h1 data-id="header_title">Ada Lovelace</h1>
      <input data-id="emailaddress1.fieldControl-mail-text-input" value="ada@contoso-pharma.example">
      <input data-id="websiteurl.fieldControl-url-text-input" value="https://contoso-pharma.example">`);
    const url =
      'https://org.crm4.dynamics.com/main.aspx?pagetype=entityrecord&etn=contact&id=0A1B2C3D-0000-4000-8000-00000000ABCE';
    expect(recognizePage(doc, url)).not.toHaveProperty('domain');
  });
});
