// The search page's own form: its label, box and button, at every width from a phone up.
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from './built-site.ts';

const site = useBuiltSite();

describe("the search page's form", () => {
  it('keeps its label, box and button apart, neither touching nor wider than the window', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(new URL('/search/', site.server.origin).href);
    for (const width of [360, 768, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      const [label, box, button] = await Promise.all(
        ['form.search-page label', '#q', 'form.search-page button'].map((selector) =>
          page.locator(selector).evaluate((el) => el.getBoundingClientRect().toJSON()),
        ),
      );
      // Apart: one ends before the next begins, on its line or on a line below.
      const apart = (a: DOMRect, b: DOMRect) => a.right < b.left || a.bottom < b.top;
      expect(apart(label, box), `label and box at ${width} px`).toBe(true);
      expect(apart(box, button), `box and button at ${width} px`).toBe(true);
      expect(button.right, `button at ${width} px`).toBeLessThanOrEqual(width);
    }
    await page.close();
  });
});
