// A speaker named twice in one paragraph is one place to go from a post's side panel, not two.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownSite } from './own-site.ts';

const site = ownSite('panel-paragraphs', (content) =>
  writeFileSync(
    join(content, 'posts', 'twice.md'),
    '---\ntitle: Notes from DemoConf 2020\ndate: 2020-05-02\n---\n\n' +
      'At DemoConf 2020, Ann Smith spoke about **Fast Things**, and then Ann Smith spoke about **Slow Things**.\n\n' +
      'A second paragraph.\n',
  ),
);

describe("the paragraph links of a post's side panel", () => {
  it('lead to each paragraph once, however often it names the speaker or talk', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(new URL('/posts/twice/', site.server.origin).href);
    const items = await page.locator('aside.panel li').evaluateAll((all) =>
      all.map((li) => ({
        name: li.querySelector('a')!.textContent,
        paragraphs: [...li.querySelectorAll('a[href*="#"]')].map((a) => a.getAttribute('href')),
      })),
    );
    await page.close();
    const ann = items.find((item) => item.name === 'Ann Smith');
    expect(ann?.paragraphs).toEqual(['/posts/twice/#p-1']);
    for (const { name, paragraphs } of items) {
      expect(paragraphs.length, name!).toBeGreaterThan(0);
      expect(new Set(paragraphs).size, name!).toBe(paragraphs.length);
    }
  });
});
