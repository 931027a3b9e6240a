// A talk's page quotes every post that mentions it, which can be hundreds: the reader learns how
// many, and in what order, before the quotes start.
import { loadCatalog } from '@confnotes/content/node';
import { describe, expect, inject, it } from 'vitest';
import { talkPath } from '../src/lib/paths.ts';
import { useBuiltSite } from './built-site.ts';

const site = useBuiltSite();

describe("a talk's page", () => {
  it('says how many posts mention the talk, and in what order they are quoted', async () => {
    const { catalog } = await loadCatalog(inject('contentDir'));
    const posts = (t: (typeof catalog.talks)[number]) =>
      new Set(t.mentions.map((m) => m.post)).size;
    const page = await site.browser.context.newPage();
    for (const talk of [
      catalog.talks.find((t) => posts(t) > 1)!,
      catalog.talks.find((t) => posts(t) === 1)!,
    ]) {
      await page.goto(new URL(talkPath(talk.id), site.server.origin).href);
      const said = page.locator('section[aria-labelledby="said"] > p');
      const n = posts(talk);
      expect(await said.first().textContent()).toBe(
        // One post is in no order.
        n === 1 ? '1 post mentions it.' : `${n} posts mention it, oldest first.`,
      );
    }
    await page.close();
  });
});
