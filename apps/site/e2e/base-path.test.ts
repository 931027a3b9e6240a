// A site hosted under a path of its own (a project's GitHub Pages, a folder of a larger site):
// CONFNOTES_SITE_URL names the path, and every link, form, script, feed and search result stays
// under it, where the host serves nothing else of this site.
import { cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crawl } from './crawl.ts';
import { ownSite } from './own-site.ts';
import { repoContentDir } from './paths.ts';

const base = '/notes/';
const site = ownSite(
  'base-path',
  (content) => {
    for (const name of readdirSync(join(repoContentDir, 'posts')))
      cpSync(join(repoContentDir, 'posts', name), join(content, 'posts', name));
  },
  { siteUrl: `https://someone.example${base}` },
);

// Every address in an attribute that a browser follows or loads from this site's own host.
const ownAddresses = (html: string) =>
  [...html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)]
    .map((m) => m[1]!.replaceAll('&amp;', '&'))
    .filter((url) => url.startsWith('/') && !url.startsWith('//'));

describe('a site served under a path of its own', () => {
  it('links every page to pages under that path, and each resolves', async () => {
    const { pages, broken } = await crawl(site.server.origin, base);
    expect(broken).toEqual([]);
    for (const path of ['', 'posts/', 'talks/', 'speakers/', 'events/', 'tags/', 'search/'])
      expect(pages.has(`${base}${path}`), `${base}${path}`).toBe(true);
    expect([...pages.keys()].filter((p) => p.startsWith(`${base}posts/`)).length).toBeGreaterThan(
      2,
    );
    const outside = [...pages].flatMap(([path, html]) =>
      ownAddresses(html)
        .filter((url) => !url.startsWith(base))
        .map((url) => `${path}: ${url}`),
    );
    expect(outside).toEqual([]);
  });

  it('gives canonical addresses, feeds and the sitemap under the path', async () => {
    const get = async (path: string) =>
      (await fetch(new URL(`${base}${path}`, site.server.origin))).text();
    const home = await get('');
    expect(home).toContain('<link rel="canonical" href="https://someone.example/notes/"');
    const sitemap = await get('sitemap.xml');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(5);
    expect(locs.filter((loc) => !loc.startsWith('https://someone.example/notes/'))).toEqual([]);
    const rss = await get('rss.xml');
    const links = [...rss.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1]!);
    expect(links.filter((link) => !link.startsWith('https://someone.example/notes/'))).toEqual([]);
    const atom = await get('atom.xml');
    const hrefs = [...atom.matchAll(/<link [^>]*href="([^"]+)"/g)].map((m) => m[1]!);
    expect(hrefs).toContain('https://someone.example/notes/atom.xml');
    expect(hrefs.filter((href) => !href.startsWith('https://someone.example/notes/'))).toEqual([]);
    const feed = JSON.parse(await get('feed.json')) as { home_page_url: string; feed_url: string };
    expect(feed.home_page_url).toBe('https://someone.example/notes/');
    expect(feed.feed_url).toBe('https://someone.example/notes/feed.json');
  });

  it('searches from the index under the path and links hits under it', async () => {
    const page = await site.browser.context.newPage();
    const failed: string[] = [];
    page.on('response', (res) => {
      if (res.status() >= 400) failed.push(`${res.status()} ${res.url()}`);
    });
    await page.goto(new URL(`${base}search/`, site.server.origin).href);
    await page.locator('main input[type="search"]').fill('Neale');
    const hit = page.locator('main li a').first();
    await hit.waitFor();
    expect(new URL(await hit.evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toMatch(
      new RegExp(`^${base}(posts|talks|speakers)/`),
    );
    await hit.click();
    await page.waitForLoadState();
    expect(new URL(page.url()).pathname.startsWith(base)).toBe(true);
    expect(await page.locator('h1').count()).toBe(1);
    expect(failed).toEqual([]);
    await page.close();
  });
});
