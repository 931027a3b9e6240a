// The words a search matched are marked in its results, in the colours of the reader's theme.
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from './built-site.ts';

const site = useBuiltSite();

/** Each marked word's text and background luminance, and whether it has its link's colour. */
async function marks(colorScheme: 'light' | 'dark') {
  const page = await site.browser.context.newPage();
  await page.emulateMedia({ colorScheme });
  await page.goto(new URL('/search/?q=docker', site.server.origin).href);
  await page.locator('#search-results a mark').first().waitFor();
  const found = await page.locator('#search-results mark').evaluateAll((elements) => {
    const luminance = (color: string) => {
      const [r, g, b] = color
        .match(/[\d.]+/g)!
        .slice(0, 3)
        .map((c) => {
          const v = Number(c) / 255;
          return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
        });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    return elements.map((mark) => {
      const style = getComputedStyle(mark);
      const link = mark.closest('a');
      return {
        text: luminance(style.color),
        background: luminance(style.backgroundColor),
        linkColour: link ? style.color === getComputedStyle(link).color : true,
      };
    });
  });
  await page.close();
  return found;
}

const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

describe('the marked words of search results', () => {
  it('stay dark in the dark theme, readable, and in the colour of the link they are in', async () => {
    const found = await marks('dark');
    expect(found.length).toBeGreaterThan(0);
    for (const mark of found) {
      // The browser's own yellow is a light block on the dark page.
      expect(mark.background).toBeLessThan(mark.text);
      expect(contrast(mark.text, mark.background)).toBeGreaterThanOrEqual(4.5);
      expect(mark.linkColour).toBe(true);
    }
  });

  it('stay readable in the light theme, in the colour of the link they are in', async () => {
    const found = await marks('light');
    expect(found.length).toBeGreaterThan(0);
    for (const mark of found) {
      expect(contrast(mark.text, mark.background)).toBeGreaterThanOrEqual(4.5);
      expect(mark.linkColour).toBe(true);
    }
  });
});
