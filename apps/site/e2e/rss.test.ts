// RSS readers take an item's description as HTML: a post's words must reach them as written.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { ownSite } from './own-site.ts';

const site = ownSite('rss', (content) =>
  writeFileSync(
    join(content, 'posts', 'generics.md'),
    '---\ntitle: Generics\ndate: 2016-03-03\n---\n\nThe talk compared `List<String>` with `Map<K, V>`, and AT&amp;T &lt;3 Java.\n\nA second paragraph.\n\n<!-- more -->\n\nThe rest.\n',
  ),
);

describe('the RSS feed', () => {
  it("gives an item's description as HTML that shows the post's words, in its paragraphs", async () => {
    const rss = await (await fetch(new URL('/rss.xml', site.server.origin))).text();
    const description: string = new XMLParser().parse(rss).rss.channel.item.description;
    // What a reader shows of that HTML: its text, tags taken as tags.
    const page = await site.browser.context.newPage();
    await page.setContent(`<div>${description}</div>`);
    const paragraphs = await page.locator('div > p').allTextContents();
    await page.close();
    expect(paragraphs).toEqual([
      'The talk compared List<String> with Map<K, V>, and AT&T <3 Java.',
      'A second paragraph.',
    ]);
  });
});
