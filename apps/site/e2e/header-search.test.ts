// The header's search box, on every page: its placeholder is the only visible word of what the
// box is for, and its edge the only sign of where it is, in either theme.
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from './built-site.ts';
import { contrast } from './contrast.ts';

const site = useBuiltSite();

describe("the header's search box", () => {
  it('shows its placeholder with the contrast text needs, in the light and the dark theme', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await site.browser.context.newPage();
      await page.emulateMedia({ colorScheme });
      await page.goto(new URL('/', site.server.origin).href);
      const colours = await page.locator('#siteQuery').evaluate((box) => {
        const placeholder = getComputedStyle(box, '::placeholder');
        return {
          text: placeholder.color,
          background: getComputedStyle(box).backgroundColor,
          opacity: Number(placeholder.opacity),
        };
      });
      expect(colours.opacity, colorScheme).toBe(1);
      expect(contrast(colours.text, colours.background), colorScheme).toBeGreaterThanOrEqual(4.5);
      await page.close();
    }
  });

  it('draws its edge with the contrast a control needs to be seen, in either theme', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await site.browser.context.newPage();
      await page.emulateMedia({ colorScheme });
      await page.goto(new URL('/', site.server.origin).href);
      const { edge, against } = await page.locator('#siteQuery').evaluate((box) => {
        // The edge stands between the box and the header around it: against the lighter-
        // contrasting of the two it must still show.
        return {
          edge: getComputedStyle(box).borderTopColor,
          against: [box, document.body].map((el) => getComputedStyle(el).backgroundColor),
        };
      });
      // WCAG 1.4.11: the parts of a control that show it is one, at least 3:1.
      const ratio = Math.min(...against.map((background) => contrast(edge, background)));
      expect(ratio, colorScheme).toBeGreaterThanOrEqual(3);
      await page.close();
    }
  });
});
