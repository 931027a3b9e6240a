export { articleLinks, type LinkedPost } from './article-links.ts';
export { isArticleName } from './article-name.ts';
export { byPlace } from './by-place.ts';
export { type CatalogIndex, indexCatalog, normalizeTag, postYear } from './catalog-index.ts';
export { postsByEvent, postsBySpeaker, postsByTag, postsByYear } from './filters.ts';
export { getEvent, getPost, getSpeaker, getTalk } from './lookups.ts';
export { postAuthors } from './post-authors.ts';
export { postByline } from './post-byline.ts';
export {
  postsOfTalk,
  speakersOfEvent,
  speakersOfPost,
  speakersOfTalk,
  talksOfEvent,
  talksOfPost,
  talksOfSpeaker,
} from './relations.ts';
export { tagSlug } from './tag-slug.ts';
