import { describe, expect, it } from 'vitest';
import { placeholder } from '@/lib/report/placeholder';
import { urlPattern } from '@/lib/report/url-pattern';

describe('urlPattern', () => {
  it('keeps hosts, paths and record ids; hides query values', () => {
    expect(
      urlPattern(
        'https://acme.lightning.force.com/lightning/r/Account/0015g00000AcMeZAAV/view?ws=%2Flightning%2Fr%2FJane',
      ),
    ).toBe(
      `https://acme.lightning.force.com/lightning/r/Account/0015g00000AcMeZAAV/view?ws=${placeholder('%2Flightning%2Fr%2FJane')}`,
    );
  });

  it('keeps Dynamics’ entity and record GUID, which live in the query', () => {
    const url =
      'https://org.crm4.dynamics.com/main.aspx?appid=0c6d2f7a-91b3-ef11-a72f-6045bd0070a4&pagetype=entityrecord&etn=account&id=%7B8D1B7E42-0A12-EF11-9F89-6045BD0070A4%7D&q=Jane';
    expect(urlPattern(url)).toBe(
      'https://org.crm4.dynamics.com/main.aspx?appid=0c6d2f7a-91b3-ef11-a72f-6045bd0070a4&pagetype=entityrecord&etn=account&id=%7B8D1B7E42-0A12-EF11-9F89-6045BD0070A4%7D&q=Xxxx',
    );
  });

  it('hides searches, labels, profile slugs, addresses and user info', () => {
    expect(urlPattern('https://mail.google.com/mail/u/0/#search/kofi%40northwind.io')).toBe(
      'https://mail.google.com/mail/u/0/#search/xxxxx00xxxxxxxxx.xx',
    );
    expect(
      urlPattern('https://mail.google.com/mail/u/0/#label/Acme/FMfcgzQXJWDsKm?compose=new'),
    ).toBe('https://mail.google.com/mail/u/0/#label/Xxxx/FMfcgzQXJWDsKm?compose=xxx');
    expect(urlPattern('https://se.linkedin.com/in/bruno-costa-0a1b2c/')).toBe(
      'https://se.linkedin.com/in/xxxxx-xxxxx-0x0x0x/',
    );
    expect(urlPattern('https://jane:secret@crm.example.com/people/jane@acme.com')).toBe(
      'https://crm.example.com/people/xxxx@xxxx.xxx',
    );
    expect(urlPattern('not a url, jane')).toHaveLength('not a url, jane'.length);
    expect(urlPattern('not a url, jane')).not.toContain('jane');
  });
});
