// The header's search box, on every page: its placeholder is the only visible word of what the
// box is for, and its edge the only sign of where it is, in either theme.
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from './built-site.ts';

const site = useBuiltSite();

describe("the header's search box", () => {
  it('shows its placeholder with the contrast text needs, in the light and the dark theme', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await site.browser.context.newPage();
      await page.emulateMedia({ colorScheme });
      await page.goto(new URL('/', site.server.origin).href);
      const contrast = await page.locator('#siteQuery').evaluate((box) => {
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
        const placeholder = getComputedStyle(box, '::placeholder');
        const text = luminance(placeholder.color);
        const background = luminance(getComputedStyle(box).backgroundColor);
        return {
          ratio: (Math.max(text, background) + 0.05) / (Math.min(text, background) + 0.05),
          opacity: Number(placeholder.opacity),
        };
      });
      expect(contrast.opacity, colorScheme).toBe(1);
      expect(contrast.ratio, colorScheme).toBeGreaterThanOrEqual(4.5);
      await page.close();
    }
  });

  it('draws its edge with the contrast a control needs to be seen, in either theme', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await site.browser.context.newPage();
      await page.emulateMedia({ colorScheme });
      await page.goto(new URL('/', site.server.origin).href);
      const ratio = await page.locator('#siteQuery').evaluate((box) => {
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
        // The edge stands between the box and the header around it: against the lighter-
        // contrasting of the two it must still show.
        const edge = luminance(getComputedStyle(box).borderTopColor);
        const against = [box, document.body].map((el) =>
          luminance(getComputedStyle(el).backgroundColor),
        );
        return Math.min(
          ...against.map((l) => (Math.max(edge, l) + 0.05) / (Math.min(edge, l) + 0.05)),
        );
      });
      // WCAG 1.4.11: the parts of a control that show it is one, at least 3:1.
      expect(ratio, colorScheme).toBeGreaterThanOrEqual(3);
      await page.close();
    }
  });
});
