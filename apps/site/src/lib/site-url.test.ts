import { describe, expect, it } from 'vitest';
import { checkedSiteUrl, LOCAL_SITE_URL, SiteUrlError } from './site-url.ts';

describe('checkedSiteUrl', () => {
  it('reads an http(s) address, and the local one when none is given', () => {
    expect(checkedSiteUrl('https://someone.github.io/notes/')).toBe(
      'https://someone.github.io/notes/',
    );
    expect(checkedSiteUrl('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080');
    expect(checkedSiteUrl(undefined)).toBe(LOCAL_SITE_URL);
    // An unset variable passed on by a script is no address either.
    expect(checkedSiteUrl('')).toBe(LOCAL_SITE_URL);
  });

  it('links to where npm start serves the site when PORT moves it, as the server reads PORT too', () => {
    expect(checkedSiteUrl(undefined, '8080')).toBe('http://localhost:8080');
    expect(checkedSiteUrl('', '8080')).toBe('http://localhost:8080');
    expect(checkedSiteUrl('https://example.com/', '8080')).toBe('https://example.com/');
    // Any free port, or none a server could have: the default address.
    for (const port of ['0', '', 'http', '99999', '-1'])
      expect(checkedSiteUrl(undefined, port)).toBe(LOCAL_SITE_URL);
  });

  it.each([
    [
      'example.com',
      /"example\.com", which is not an address\. Set it to .*https:\/\/example\.com\//,
    ],
    ['ftp://example.com/notes/', /served over https: or http:, not ftp:/],
    [
      'https://me:secret@example.com/',
      /user name or password that every page and feed would publish/,
    ],
    ['https://example.com/notes/?ref=x', /with a query \(\?ref=x\)/],
    ['https://example.com/#top', /with a fragment \(#top\)/],
  ])('refuses %s, saying what to write instead', (value, message) => {
    expect(() => checkedSiteUrl(value)).toThrow(SiteUrlError);
    expect(() => checkedSiteUrl(value)).toThrow(message);
  });
});
