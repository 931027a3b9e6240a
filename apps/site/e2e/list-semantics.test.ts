// Safari gives VoiceOver no list for a `ul` or `ol` whose markers CSS removes: the menu, the
// cards and the lists of posts would be read as loose links, with no count of their items.
import { loadCatalog } from '@confnotes/content/node';
import { describe, expect, inject, it } from 'vitest';
import { eventPath, postPath, speakerPath, talkPath } from '../src/lib/paths.ts';
import { tagPath } from '../src/lib/tag-path.ts';
import { useBuiltSite } from './built-site.ts';
import { sectionPaths } from './paths.ts';

const site = useBuiltSite();

describe('a list drawn without markers', () => {
  it('says it is a list, on every page type', async () => {
    const { catalog } = await loadCatalog(inject('contentDir'));
    const talk = catalog.talks.find((t) => t.mentions.length > 0 && t.speakers.length > 0)!;
    const post = catalog.posts.find((p) => p.tags.length > 0 && p.event)!;
    const paths = [
      ...sectionPaths,
      '/search/?q=docker',
      postPath(post.id),
      talkPath(talk.id),
      speakerPath(talk.speakers[0]!),
      eventPath(post.event!),
      tagPath(post.tags[0]!),
    ];
    const page = await site.browser.context.newPage();
    for (const path of paths) {
      await page.goto(new URL(path, site.server.origin).href);
      if (path.startsWith('/search/')) await page.locator('#search-results > li').first().waitFor();
      const unmarked = await page.locator('ul, ol').evaluateAll((lists) =>
        lists
          .filter((list) => getComputedStyle(list).listStyleType === 'none')
          .filter((list) => list.getAttribute('role') !== 'list')
          .map((list) => list.outerHTML.slice(0, 80)),
      );
      expect(unmarked, path).toEqual([]);
    }
    await page.close();
  });
});
