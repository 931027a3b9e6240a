// A post kept as a page bundle (posts/<name>/index.md, Hugo's and Zola's layout) links to the
// files beside it: its page finds them where those links point.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownSite } from './own-site.ts';

// A picture one pixel wide.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

const site = ownSite('page-bundle', (content) => {
  const bundle = join(content, 'posts', 'my-talk');
  mkdirSync(join(bundle, 'img'), { recursive: true });
  writeFileSync(
    join(bundle, 'index.md'),
    '---\ntitle: My talk\ndate: 2016-06-06\nimage: ./diagram.png\n---\n\nThe architecture:\n\n![The architecture](diagram.png)\n\n![The room](img/room.png)\n',
  );
  writeFileSync(join(bundle, 'diagram.png'), png);
  writeFileSync(join(bundle, 'img', 'room.png'), png);
  writeFileSync(join(bundle, '.secret'), 'not for the site');
  // A translation, as Hugo names it: it shares its folder's pictures.
  const translated = join(content, 'posts', 'la-salle');
  mkdirSync(translated, { recursive: true });
  writeFileSync(
    join(translated, 'index.fr.md'),
    '---\ntitle: La salle\ndate: 2016-06-07\nlang: fr\n---\n\n![La salle](hall.png)\n',
  );
  writeFileSync(join(translated, 'hall.png'), png);
});

describe('a page-bundle post', () => {
  it('shows the pictures its bundle holds, and publishes nothing hidden or the text itself', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(new URL('/posts/my-talk/', site.server.origin).href, { waitUntil: 'load' });
    const widths = await page
      .locator('.prose img')
      .evaluateAll((images) => images.map((img) => (img as HTMLImageElement).naturalWidth));
    await page.close();
    expect(widths).toEqual([1, 1]);
    for (const path of ['/posts/my-talk/.secret', '/posts/my-talk/index.md']) {
      expect((await fetch(new URL(path, site.server.origin))).status, path).toBe(404);
    }
  });

  it("shows a translation's pictures, which it shares with its folder", async () => {
    const page = await site.browser.context.newPage();
    await page.goto(new URL('/posts/', site.server.origin).href);
    const href = await page.getByRole('link', { name: 'La salle' }).first().getAttribute('href');
    await page.goto(new URL(href!, site.server.origin).href, { waitUntil: 'load' });
    const widths = await page
      .locator('.prose img')
      .evaluateAll((images) => images.map((img) => (img as HTMLImageElement).naturalWidth));
    await page.close();
    expect(widths).toEqual([1]);
  });

  it('gives link previews and search engines the picture its front matter names from the bundle', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(new URL('/posts/my-talk/', site.server.origin).href);
    const image = await page.evaluate(
      () => document.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? null,
    );
    // And search engines, which ask an article for a picture in its structured data.
    const structured = await page.evaluate(
      () =>
        JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!)
          .image,
    );
    await page.close();
    expect(image).toMatch(/^https?:\/\/[^/]+\/posts\/my-talk\/diagram\.png$/);
    expect(structured).toBe(image);
  });
});
