// WordPress writes each emoji of a post as a picture, 72 pixels square, from its emoji set
// (`s.w.org/images/core/emoji/…`), sized to the text by a class and a style the site does not
// keep: an exported post showed every emoji as a large square in the middle of its sentence.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownSite } from './own-site.ts';
import { png } from './png.ts';
import { writeArticle } from './write-article.ts';

// The path WordPress's emoji set has on s.w.org, published here so that the picture loads.
const EMOJI = '/images/core/emoji/14.0.0/72x72/1f642.png';

const site = ownSite('emoji-pictures', (content) => {
  const folder = join(content, 'static', ...EMOJI.split('/').slice(1, -1));
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    join(folder, '1f642.png'),
    png(72, 72, () => [250, 200, 40, 255]),
  );
  writeArticle(
    join(content, 'posts', 'smiles.md'),
    { title: 'A good day', date: '2025-09-24' },
    `The keynote was great <img class="wp-smiley emoji" draggable="false" role="img" alt="🙂" src="${EMOJI}" style="height: 1em; max-height: 1em;"> and so was lunch.`,
    '',
  );
});

describe('an emoji a post writes as a picture', () => {
  for (const colorScheme of ['light', 'dark'] as const)
    it(`is drawn the size of its text, over the text's own background (${colorScheme})`, async () => {
      const page = await site.browser.context.newPage();
      await page.emulateMedia({ colorScheme });
      await page.goto(new URL('/posts/smiles/', site.server.origin).href);
      const emoji = page.locator('.prose p img');
      await emoji.evaluate((img: HTMLImageElement) => img.decode());
      const drawn = await emoji.evaluate((img: HTMLImageElement) => ({
        loaded: img.naturalWidth,
        height: img.getBoundingClientRect().height,
        text: Number.parseFloat(getComputedStyle(img.parentElement!).fontSize),
        background: getComputedStyle(img).backgroundColor,
      }));
      await page.close();
      expect(drawn.loaded).toBe(72);
      expect(drawn.height).toBeLessThanOrEqual(drawn.text * 1.25);
      expect(drawn.height).toBeGreaterThanOrEqual(drawn.text * 0.8);
      expect(drawn.background).toBe('rgba(0, 0, 0, 0)');
    });
});
