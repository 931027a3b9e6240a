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
});
