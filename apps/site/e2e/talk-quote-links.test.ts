// A talk's page quotes each post that mentions it, each quote with a link to its paragraph. A
// screen reader's list of links shows them out of context: each must name its post, where all
// read "Read it in the post, paragraph 1" alike.
import { loadCatalog } from '@confnotes/content/node';
import { describe, expect, inject, it } from 'vitest';
import { talkPath } from '../src/lib/paths.ts';
import { useBuiltSite } from './built-site.ts';

const site = useBuiltSite();

describe("the link under a quote on a talk's page", () => {
  it('names the post it leads to', async () => {
    const { catalog } = await loadCatalog(inject('contentDir'));
    const talk = catalog.talks.find((t) => new Set(t.mentions.map((m) => m.post)).size > 1)!;
    const page = await site.browser.context.newPage();
    await page.goto(new URL(talkPath(talk.id), site.server.origin).href);
    const links = page.getByRole('link', { name: /^Read it in the post/ });
    expect(await links.count()).toBe(talk.mentions.length);
    const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const mention of talk.mentions) {
      const title = catalog.posts.find((p) => p.id === mention.post)!.title;
      const named = page.getByRole('link', {
        name: new RegExp(`^Read it in the post.*${escaped(title)}`),
      });
      expect(await named.count(), title).toBeGreaterThan(0);
    }
    await page.close();
  });
});
