import type { Catalog } from '@confnotes/content';
import type { Relations } from './relations.ts';

/**
 * The catalog rebuilt from the collections, for the core's helpers that take a `Catalog`
 * (the search index). Post HTML and Markdown stay in the content store: nothing here reads them.
 */
export function siteCatalog(data: Relations): Catalog {
  return {
    version: 1,
    events: data.events,
    posts: data.posts.map((post) => ({ ...post, html: '', body: '' })),
    talks: data.talks,
    speakers: data.speakers,
    diagnostics: [],
  };
}
