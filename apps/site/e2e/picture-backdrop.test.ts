// A diagram or a gopher is often a PNG drawn in black on a transparent background, for a white
// page: in the dark theme it was drawn black on near black, and could not be made out.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrast } from './contrast.ts';
import { ownSite } from './own-site.ts';
import { png } from './png.ts';
import { writeArticle } from './write-article.ts';

const site = ownSite('picture-backdrop', (content) => {
  mkdirSync(join(content, 'static', 'images'), { recursive: true });
  writeFileSync(
    join(content, 'static', 'images', 'diagram.png'),
    png(40, 20, (_x, y) => (y === 10 ? [0, 0, 0, 255] : [0, 0, 0, 0])),
  );
  writeArticle(
    join(content, 'posts', 'diagram.md'),
    { title: 'The architecture', date: '2025-09-24' },
    'The talk showed the whole system in one picture.',
    '',
    '![The services and their queues](/images/diagram.png)',
    '',
    '![The team on stage](https://pictures.invalid/team.jpg)',
    '',
  );
});

describe("a post's pictures in either theme", () => {
  for (const colorScheme of ['light', 'dark'] as const)
    it(`draws a transparent picture's black ink, and a missing picture's description, legibly (${colorScheme})`, async () => {
      const page = await site.browser.context.newPage();
      await page.emulateMedia({ colorScheme });
      await page.goto(new URL('/posts/diagram/', site.server.origin).href);
      await page
        .locator('.prose img')
        .first()
        .evaluate((img: HTMLImageElement) => img.decode());
      const [diagram, missing] = await page.locator('.prose img').evaluateAll((imgs) => {
        // The colour a picture is drawn over: its own background, else the nearest box's.
        const backdropOf = (img: Element) => {
          for (let el: Element | null = img; el; el = el.parentElement) {
            const bg = getComputedStyle(el).backgroundColor;
            if (bg !== 'rgba(0, 0, 0, 0)') return bg;
          }
          return 'rgb(255, 255, 255)';
        };
        return imgs.map((img) => ({
          backdrop: backdropOf(img),
          text: getComputedStyle(img).color,
          loaded: (img as HTMLImageElement).naturalWidth > 0,
        }));
      });
      await page.close();
      expect(diagram!.loaded).toBe(true);
      expect(contrast('rgb(0, 0, 0)', diagram!.backdrop)).toBeGreaterThanOrEqual(4.5);
      expect(missing!.loaded).toBe(false);
      expect(contrast(missing!.text, missing!.backdrop)).toBeGreaterThanOrEqual(4.5);
    });
});
