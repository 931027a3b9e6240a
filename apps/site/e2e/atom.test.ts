// The Atom feed, for readers that take Atom: what Atom 1.0 asks of a feed and of each entry.
import { loadCatalog } from '@confnotes/content/node';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, inject, it } from 'vitest';
import { postPath } from '../src/lib/paths.ts';
import { useBuiltSite } from './built-site.ts';

const site = useBuiltSite();
const rfc3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;

type Link = { '@_rel': string; '@_href': string };
type Entry = {
  '@_xml:lang'?: string;
  id: string;
  title: string;
  updated: string;
  published?: string;
  link: Link;
  summary: { '#text': string; '@_type': string };
};

describe('the Atom feed', () => {
  it('gives the feed and each entry an address, a title, a time it changed and a summary', async () => {
    const response = await fetch(new URL('/atom.xml', site.server.origin));
    expect(response.status).toBe(200);
    const { feed } = new XMLParser({ ignoreAttributes: false }).parse(await response.text());
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toMatch(/^https?:\/\//);
    expect(feed.title).toBe('confnotes');
    expect(feed.updated).toMatch(rfc3339);
    expect(feed.author.name).toBeTruthy();
    const links: Link[] = feed.link;
    expect(links.find((l) => l['@_rel'] === 'self')!['@_href']).toMatch(
      /^https?:\/\/.+\/atom\.xml$/,
    );
    const entries: Entry[] = feed.entry;
    const { catalog } = await loadCatalog(inject('contentDir'));
    expect(entries).toHaveLength(catalog.posts.filter((p) => !p.draft).length);
    for (const entry of entries) {
      expect(entry.id).toMatch(/^https?:\/\/.+\/posts\/.+\/$/);
      expect(entry.link['@_href']).toBe(entry.id);
      expect(entry.title).toBeTruthy();
      expect(entry.updated).toMatch(rfc3339);
      if (entry.published) expect(entry.published).toMatch(rfc3339);
      expect(entry.summary['@_type']).toBe('html');
      expect(entry.summary['#text']).toMatch(/^<(p|pre)>/);
    }
    const foreign = catalog.posts.find((p) => p.lang?.includes('_'))!;
    const entry = entries.find((e) => e.id.endsWith(postPath(foreign.id)))!;
    expect(entry['@_xml:lang']).toBe(foreign.lang!.replace('_', '-'));
  });

  it('is named on every page for readers to find', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(new URL('/', site.server.origin).href);
    const alternate = page.locator('link[rel="alternate"][type="application/atom+xml"]');
    expect(await alternate.getAttribute('href')).toBe('/atom.xml');
    expect(await page.getByRole('contentinfo').getByRole('link', { name: 'Atom' }).count()).toBe(1);
    await page.close();
  });
});
