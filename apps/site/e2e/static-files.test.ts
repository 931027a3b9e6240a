// A blog imported with its pictures linked from its own root (`![](/images/a.png)`): the files
// of the content's `static/` are published at the site's root, under the path the site is
// served from, and a picture the site does not publish is a warning at its place in the post.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownSite } from './own-site.ts';

// A picture one pixel wide.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const base = '/notes/';

const site = ownSite(
  'static-files',
  (content) => {
    const files = join(content, 'static');
    mkdirSync(join(files, 'images', 'blog'), { recursive: true });
    mkdirSync(join(files, 'posts'), { recursive: true });
    writeFileSync(join(files, 'images', 'blog', 'room.png'), png);
    writeFileSync(join(files, 'CNAME'), 'notes.example\n');
    writeFileSync(join(files, '.env'), 'SECRET=1\n');
    writeFileSync(join(files, 'posts', 'imported.html'), '<p>from the old blog</p>');
    writeFileSync(
      join(content, 'posts', 'imported.md'),
      '---\ntitle: Imported with its pictures\ndate: 2016-06-06\nimage: /images/blog/room.png\n---\n\nThe room:\n\n![The room](/images/blog/room.png)\n\nThe stage:\n\n![The stage](/images/blog/stage.png)\n',
    );
    // A page bundle without the picture it shows: the file belongs beside it.
    mkdirSync(join(content, 'posts', 'day-two'));
    writeFileSync(
      join(content, 'posts', 'day-two', 'index.md'),
      '---\ntitle: Day two\ndate: 2016-06-07\n---\n\nThe crowd:\n\n![The crowd](crowd.png)\n',
    );
  },
  // With Astro's log, where the content loader writes its warnings.
  { siteUrl: `https://someone.example${base}`, log: true },
);

describe("the content's static files", () => {
  it("are published at the site's root, where a post's pictures from its old root find them", async () => {
    const page = await site.browser.context.newPage();
    await page.goto(new URL(`${base}posts/imported/`, site.server.origin).href, {
      waitUntil: 'load',
    });
    const images = await page.locator('.prose img').evaluateAll((all) =>
      all.map((img) => ({
        src: img.getAttribute('src'),
        width: (img as HTMLImageElement).naturalWidth,
        loading: img.getAttribute('loading'),
      })),
    );
    const preview = await page.locator('meta[property="og:image"]').getAttribute('content');
    await page.close();
    expect(images).toEqual([
      { src: `${base}images/blog/room.png`, width: 1, loading: null },
      // Not published: left as written, and said in the build's warnings. Not the first
      // picture, it loads as the reader nears it.
      { src: '/images/blog/stage.png', width: 0, loading: 'lazy' },
    ]);
    expect(preview).toBe(`https://someone.example${base}images/blog/room.png`);
    const cname = await fetch(new URL(`${base}CNAME`, site.server.origin));
    expect(await cname.text()).toBe('notes.example\n');
  });

  it("publish no hidden file and none at a path of the site's own, and say so", async () => {
    for (const path of ['.env', 'posts/imported.html'])
      expect((await fetch(new URL(`${base}${path}`, site.server.origin))).status, path).toBe(404);
    expect(site.log).toMatch(/static\/posts\/imported\.html is not published/);
  });

  it('warns of a picture the site does not publish, at its line and column', () => {
    const warnings = site.log.split('\n').filter((line) => line.includes('image-not-published'));
    expect(warnings).toHaveLength(2);
    // By file and place: the bundle's first.
    expect(warnings[1]).toMatch(
      /\/content\/posts\/imported\.md:13:14 warning image-not-published: The picture \/images\/blog\/stage\.png is not a file of `static\/`/,
    );
    expect(site.log).toMatch(/hint: Put the file at \S*static\/images\/blog\/stage\.png/);
    expect(warnings[0]).toMatch(
      /\/content\/posts\/day-two\/index\.md:8:14 warning image-not-published: The picture crowd\.png is not a file of the post's page bundle `posts\/day-two\/`/,
    );
    expect(site.log).toMatch(
      /hint: Put the file at `posts\/day-two\/crowd\.png` of the content directory/,
    );
  });
});
