// A recap that reached confnotes as HTML (a WordPress export keeps the body as the blog engine
// wrote it) is read as a Markdown one is: its talks have pages, and each quote on a talk page
// links to the paragraph of the post it is from.
import { loadCatalog } from '@confnotes/content/node';
import { describe, expect, inject, it } from 'vitest';
import { postPath, talkPath } from '../src/lib/paths.ts';
import { useBuiltSite } from './built-site.ts';

const site = useBuiltSite();
const words = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('a post written in HTML', () => {
  it('gives talks whose quotes link to the paragraphs of the post they are from', async () => {
    const { catalog } = await loadCatalog(inject('contentDir'));
    const post = catalog.posts.find((p) => p.body.trimStart().startsWith('<p>'))!;
    const talks = catalog.talks.filter((t) => t.mentions.some((m) => m.post === post.id));
    expect(talks.length).toBeGreaterThan(1);
    const page = await site.browser.context.newPage();
    for (const talk of talks) {
      const mention = talk.mentions.find((m) => m.post === post.id)!;
      expect(mention.anchor, talk.id).toMatch(/^p-\d+$/);
      await page.goto(new URL(talkPath(talk.id), site.server.origin).href);
      const href = `${postPath(post.id)}#${mention.anchor}`;
      await page.locator(`blockquote a[href="${href}"]`).first().click();
      await expect.poll(() => page.url()).toContain(href);
      const target = words(await page.locator(`[id="${mention.anchor}"]`).textContent());
      expect(target, talk.id).toContain(words(mention.sentence));
    }
    await page.close();
  });
});
