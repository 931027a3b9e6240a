// A post with no prose to summarise (a code block alone) has no summary to show or give.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownSite } from './own-site.ts';

const site = ownSite('wordless', (content) =>
  writeFileSync(
    join(content, 'posts', 'the-command.md'),
    '---\ntitle: The command\ndate: 2016-03-03\n---\n\n```\ndocker run --rm hello-world\nls -a && echo "<done>"\n```\n',
  ),
);

describe('a post with nothing to summarise', () => {
  it('gives no empty description, and shows no empty summary on its card', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(new URL('/posts/the-command/', site.server.origin).href);
    const descriptions = await page
      .locator(
        'meta[name="description"], meta[property="og:description"], meta[name="twitter:description"]',
      )
      .evaluateAll((metas) => metas.map((m) => m.getAttribute('content')));
    for (const description of descriptions) expect(description?.trim()).not.toBe('');
    await page.goto(new URL('/', site.server.origin).href);
    const card = page.locator('.cards > li', {
      has: page.locator('a[href="/posts/the-command/"]'),
    });
    expect(await card.count()).toBe(1);
    const paragraphs = await card.locator('p').allTextContents();
    for (const text of paragraphs) expect(text.trim()).not.toBe('');
    await page.close();
  });

  it("gives feeds the code's text, where an item showed nothing", async () => {
    const code = 'docker run --rm hello-world\nls -a && echo "<done>"';
    const feed = await (await fetch(new URL('/feed.json', site.server.origin))).json();
    const [item] = feed.items;
    expect(item.content_text).toBe(code);
    expect(item).not.toHaveProperty('summary');
    const rss = await (await fetch(new URL('/rss.xml', site.server.origin))).text();
    const description = /<description>([^<]*)<\/description>\s*<\/item>/.exec(rss)?.[1];
    // The description is HTML, escaped once more as XML text.
    const unescaped = (text: string) =>
      text.replace(
        /&(lt|gt|quot|amp);/g,
        (_, n: string) => ({ lt: '<', gt: '>', quot: '"', amp: '&' })[n]!,
      );
    expect(unescaped(unescaped(description ?? ''))).toBe(`<pre>${code}</pre>`);
  });
});
