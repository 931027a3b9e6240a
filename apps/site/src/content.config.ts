import { defineCollection } from 'astro:content';
import { confnotesLoaders } from '@confnotes/content/astro';
import { contentDir, drafts } from './env.ts';

// Pages show the rendered HTML only, and the search index is made beside the build: neither
// the Markdown nor the plain text of posts need sit in memory (and in the content store) during
// the build. The HTML stays out of the store too (most of it, bundled whole for the pages):
// each post's page reads its own with `postHtml`. Snippets are cut from the first 400
// characters of each record to keep the index file small. Each picture a post shows that the
// site does not publish (a bundle's or `static/`'s file missing, or held back) is a warning at
// its line and column, by the same rule the pages that publish those files follow.
const loaders = confnotesLoaders({
  base: contentDir,
  retainBody: false,
  retainText: false,
  retainHtml: false,
  searchIndex: { storedTextLength: 400, drafts },
  checkPictures: true,
  drafts,
});

export const collections = {
  posts: defineCollection({ loader: loaders.posts }),
  talks: defineCollection({ loader: loaders.talks }),
  speakers: defineCollection({ loader: loaders.speakers }),
  events: defineCollection({ loader: loaders.events }),
};
