// The site built from content where every field holds an attack (hostile-content.ts): in
// Chromium nothing runs, nothing is fetched from the attacker's host, no link or attribute is
// active; feeds are well-formed XML, JSON-LD and JSON parse, and no post is lost on the way.
// HARDEN_ROUNDS=n writes n times the posts (the harden script's long run); HARDEN_REPORT=file
// receives the figures.
import {
  appendFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Catalog } from '@confnotes/content';
import { loadCatalog } from '@confnotes/content/node';
import { XMLParser } from 'fast-xml-parser';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postPath } from '../../src/lib/paths.ts';
import { type Browser, openBrowser } from '../browser.ts';
import { buildSite } from '../build-site.ts';
import { type StaticServer, serveStatic } from '../static-server.ts';
import { writeHostileContent } from './hostile-content.ts';
import { EVIL_HOST, MARKER } from './xss-corpus.ts';

const rounds = Number(process.env.HARDEN_ROUNDS ?? 1);
let work: string;
let dist: string;
let server: StaticServer;
let browser: Browser;
let catalog: Catalog;
let inputs = 0;
let generated = 0;
let pages: string[] = [];
const injections: string[] = [];
/** Requests to other hosts, all refused. Post bodies may embed remote images, as blogs do. */
const offHost: { type: string; url: string }[] = [];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'confnotes-site-harden-'));
  const content = join(work, 'content');
  dist = join(work, 'dist');
  ({ inputs, posts: generated } = writeHostileContent(content, rounds));
  ({ catalog } = await loadCatalog(content));
  buildSite(content, dist);
  pages = htmlFiles(dist).map((file) => `/${relative(dist, file)}`.replace(/index\.html$/, ''));
  server = await serveStatic(dist);
  browser = await openBrowser();
  // Only the site's own origin is reachable: anything else is recorded and refused.
  await browser.context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.origin)) return route.continue();
    offHost.push({ type: route.request().resourceType(), url });
    return route.abort();
  });
});

afterAll(async () => {
  await tab?.close();
  await browser?.close();
  await server?.close();
  if (process.env.HARDEN_REPORT) {
    const report = {
      app: 'site',
      inputs,
      pages: pages.length,
      injections: injections.length,
      // Posts written but missing from the catalog or without a page.
      lost:
        generated -
        (catalog?.posts.filter((p) => existsSync(join(dist, postPath(p.id)))).length ?? 0),
      remoteImages: offHost.length,
    };
    appendFileSync(process.env.HARDEN_REPORT, `${JSON.stringify(report)}\n`);
  }
  if (work) rmSync(work, { recursive: true, force: true });
});

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f));
}

/** Everything active in a page: handlers, script URLs, frames, refreshes, foreign scripts. */
function activeParts(origin: string) {
  const found: string[] = [];
  const urlAttrs = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster'];
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      const name = a.name.toLowerCase();
      if (name.startsWith('on')) found.push(`${el.tagName} ${name}`);
      if (name === 'srcdoc') found.push(`${el.tagName} srcdoc`);
      // Browsers drop ASCII whitespace and controls inside a scheme: `java\tscript:` runs.
      const value = a.value.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
      if (urlAttrs.includes(name) && /^(javascript|vbscript|data):/.test(value)) {
        found.push(`${el.tagName} ${name}=${a.value.slice(0, 60)}`);
      }
    }
    const tag = el.tagName.toLowerCase();
    if (['iframe', 'frame', 'object', 'embed', 'base', 'form'].includes(tag)) {
      if (!(tag === 'form' && el.getAttribute('action') === '/search/')) found.push(tag);
    }
    if (tag === 'meta' && el.getAttribute('http-equiv')) found.push('meta http-equiv');
    if (tag === 'script') {
      const script = el as HTMLScriptElement;
      if (script.type === 'application/ld+json') continue;
      if (script.src && !script.src.startsWith(origin)) found.push(`script src=${script.src}`);
      if ((script.textContent ?? '').includes('__pwned')) found.push('inline payload script');
    }
    // A stylesheet or preload from elsewhere would load; a canonical link only names a URL.
    const link = el as HTMLLinkElement;
    if (tag === 'link' && !/^(canonical|alternate)$/i.test(link.rel)) {
      if (!link.href.startsWith(origin)) found.push(`link ${link.rel} ${link.href}`);
    }
  }
  return found;
}

let tab: Page | undefined;
const dialogs: string[] = [];

/** Opens a path in one reused tab, lets it settle, and returns what a payload did there. */
async function inspect(path: string): Promise<string[]> {
  if (!tab) {
    tab = await browser.context.newPage();
    tab.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
  }
  const page = tab;
  const seen: string[] = [];
  dialogs.length = 0;
  await page.goto(new URL(path, server.origin).href, { waitUntil: 'load' });
  if (path.includes('?q=')) await page.waitForSelector('#search-results li');
  // Moving the pointer over the page fires the mouse handlers a breakout might have added.
  await page.mouse.move(200, 200);
  await page.mouse.move(600, 400);
  const marker = await page.evaluate((name) => (window as never)[name] as unknown, MARKER);
  if (marker !== undefined) seen.push(`${MARKER}=${String(marker)}`);
  seen.push(...dialogs.map((d) => `dialog ${d}`));
  seen.push(...(await page.evaluate(activeParts, server.origin)));
  return seen.map((s) => `${path}: ${s}`);
}

describe('the site built from hostile content', () => {
  it('keeps every post and renders every payload as text', async () => {
    expect(catalog.posts.length).toBe(25 * rounds);
    for (const post of catalog.posts) {
      const html = readFileSync(join(dist, postPath(post.id), 'index.html'), 'utf8');
      // The title is in the page, escaped: the payload reached it and was made inert.
      expect(html).toContain(`Post ${post.id.replace('hostile-', '')} `);
    }
    const first = readFileSync(join(dist, postPath('hostile-0'), 'index.html'), 'utf8');
    expect(first).toContain('&lt;script&gt;window.__pwned');
    expect(catalog.talks.some((t) => t.title?.includes('<script>'))).toBe(true);
    expect(catalog.speakers.some((s) => s.name.includes('<script>'))).toBe(true);
  });

  // Every page is opened: allow for a loaded machine, and for the longer runs.
  it('runs nothing, fetches nothing foreign and leaves nothing active on any page', {
    timeout: 180_000 * rounds,
  }, async () => {
    const searches = ['/search/?q=Post', '/search/?q=script', '/search/?q=Curated'];
    for (const path of [...pages, ...searches]) injections.push(...(await inspect(path)));
    const active = offHost.filter((r) => r.type !== 'image');
    injections.push(...active.map((r) => `request ${r.type} ${r.url}`));
    expect(injections).toEqual([]);
    // The remote images the post bodies hold were asked for, and nothing else from that host.
    expect(offHost.every((r) => r.type === 'image' && r.url.includes(EVIL_HOST))).toBe(true);
    expect(pages.length).toBeGreaterThan(catalog.posts.length * 2);
  });

  it('embeds JSON-LD that parses and never holds a raw </script', () => {
    let blocks = 0;
    for (const file of htmlFiles(dist)) {
      const html = readFileSync(file, 'utf8');
      for (const m of html.matchAll(
        /<script type="application\/ld\+json">([\s\S]*?)<\/script>/gi,
      )) {
        blocks++;
        expect(() => JSON.parse(m[1]!), file).not.toThrow();
        expect(m[1]!.toLowerCase()).not.toContain('</script');
        expect(m[1]!).not.toContain('<!--');
      }
    }
    expect(blocks).toBeGreaterThan(catalog.posts.length);
  });

  it('writes well-formed feeds, a sitemap and a search index that hold every post', async () => {
    const parser = new XMLParser({ ignoreAttributes: false, processEntities: true });
    const rss = readFileSync(join(dist, 'rss.xml'), 'utf8');
    const atom = readFileSync(join(dist, 'atom.xml'), 'utf8');
    const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    // Chromium's XML parser is strict XML 1.0: a control character or a broken entity fails it.
    const page = await browser.context.newPage();
    for (const [name, text] of [
      ['rss.xml', rss],
      ['atom.xml', atom],
      ['sitemap.xml', sitemap],
    ] as const) {
      const error = await page.evaluate(
        (xml) =>
          new DOMParser().parseFromString(xml, 'application/xml').querySelector('parsererror')
            ?.textContent ?? null,
        text,
      );
      expect(error, name).toBeNull();
    }
    await page.close();
    const items = [parser.parse(rss).rss.channel.item].flat();
    expect(items.length).toBe(Math.min(50, catalog.posts.length));
    const titles = new Set(catalog.posts.map((p) => xmlText(p.title)));
    for (const item of items) expect(titles.has(String(item.title))).toBe(true);
    const entries = [parser.parse(atom).feed.entry].flat();
    expect(entries.length).toBe(Math.min(50, catalog.posts.length));
    const urls = [parser.parse(sitemap).urlset.url].flat().map((u: { loc: string }) => u.loc);
    for (const post of catalog.posts) {
      expect(urls.some((u) => u.endsWith(postPath(post.id)))).toBe(true);
    }
    const feed = JSON.parse(readFileSync(join(dist, 'feed.json'), 'utf8'));
    expect(feed.items.length).toBe(Math.min(50, catalog.posts.length));
    const index = JSON.parse(readFileSync(join(dist, 'search-index.json'), 'utf8'));
    expect(typeof index).toBe('object');
  });
});

/** A title as XML 1.0 can carry it: without the characters the format forbids. */
function xmlText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').trim();
}
