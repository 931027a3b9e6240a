// The words a search matched are marked in its results, in the colours of the reader's theme.
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from './built-site.ts';
import { contrast, luminance } from './contrast.ts';

const site = useBuiltSite();

/** Each marked word's text and background colours, and whether it has its link's colour. */
async function marks(colorScheme: 'light' | 'dark') {
  const page = await site.browser.context.newPage();
  await page.emulateMedia({ colorScheme });
  await page.goto(new URL('/search/?q=docker', site.server.origin).href);
  await page.locator('#search-results a mark').first().waitFor();
  const found = await page.locator('#search-results mark').evaluateAll((elements) => {
    return elements.map((mark) => {
      const style = getComputedStyle(mark);
      const link = mark.closest('a');
      return {
        text: style.color,
        background: style.backgroundColor,
        linkColour: link ? style.color === getComputedStyle(link).color : true,
      };
    });
  });
  await page.close();
  return found;
}

describe('the marked words of search results', () => {
  it('stay dark in the dark theme, readable, and in the colour of the link they are in', async () => {
    const found = await marks('dark');
    expect(found.length).toBeGreaterThan(0);
    for (const mark of found) {
      // The browser's own yellow is a light block on the dark page.
      expect(luminance(mark.background)).toBeLessThan(luminance(mark.text));
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
