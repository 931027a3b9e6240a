// A draft is not published: neither are the talks and speakers that only it names.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crawl } from './crawl.ts';
import { ownSite } from './own-site.ts';

const write = (content: string) => {
  writeFileSync(
    join(content, 'posts', 'published.md'),
    '---\ntitle: Published\ndate: 2016-04-04\n---\n\nAda Lovelace spoke about **Engines that weave patterns**.\n',
  );
  writeFileSync(
    join(content, 'posts', 'unpublished.md'),
    '---\ntitle: Unpublished\ndate: 2016-04-05\ndraft: true\nevent: Hidden Conf 2016\n---\n\nGrace Hopper spoke about **Secret compilers**.\n',
  );
};
const site = ownSite('drafts', write);
const preview = ownSite('drafts-preview', write, { drafts: true });

describe('a site with a draft', () => {
  it('publishes no page, link or address for a talk, speaker or event only the draft names', async () => {
    const { pages } = await crawl(site.server.origin);
    const records = [...pages.keys()].filter((p) => /^\/(talks|speakers|events)\/./.test(p));
    expect(records).toEqual(['/talks/engines-that-weave-patterns/', '/speakers/ada-lovelace/']);
    const said = [...pages.values()].join('\n');
    expect(said).not.toMatch(/Secret compilers|Grace Hopper|Hidden Conf/);
    for (const path of [
      '/talks/secret-compilers/',
      '/speakers/grace-hopper/',
      '/events/hidden-conf-2016/',
    ]) {
      const response = await fetch(new URL(path, site.server.origin));
      expect(response.status, path).toBe(404);
    }
    const sitemap = await (await fetch(new URL('/sitemap.xml', site.server.origin))).text();
    expect(sitemap).not.toMatch(/secret-compilers|grace-hopper|hidden-conf/);
  });
});

describe('a preview with drafts (CONFNOTES_DRAFTS=1)', () => {
  it('publishes the draft and what it reports, as the API serves them with the same variable', async () => {
    for (const path of [
      '/posts/unpublished/',
      '/talks/secret-compilers/',
      '/speakers/grace-hopper/',
      '/events/hidden-conf-2016/',
    ]) {
      const response = await fetch(new URL(path, preview.server.origin));
      expect(response.status, path).toBe(200);
    }
  });

  it('says which post is a draft, on its page and in lists, and keeps it out of search engines', async () => {
    const page = await preview.browser.context.newPage();
    const open = (path: string) => page.goto(new URL(path, preview.server.origin).href);
    const robots = () =>
      page
        .locator('meta[name="robots"]')
        .evaluateAll((metas) => metas.map((m) => m.getAttribute('content')));
    await open('/posts/unpublished/');
    expect(await page.locator('article .meta').innerText()).toMatch(/\bdraft\b/i);
    expect(await robots()).toContain('noindex');
    await open('/posts/published/');
    expect(await page.locator('article .meta').innerText()).not.toMatch(/\bdraft\b/i);
    expect(await robots()).toEqual([]);
    for (const list of ['/posts/', '/']) {
      await open(list);
      const item = (id: string) =>
        page
          .locator('li', { has: page.locator(`a[href="/posts/${id}/"]`) })
          .first()
          .innerText();
      expect(await item('unpublished'), list).toMatch(/\bdraft\b/i);
      expect(await item('published'), list).not.toMatch(/\bdraft\b/i);
    }
    await page.close();
  });
});
