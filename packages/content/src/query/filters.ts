import type { Catalog } from '../schema/catalog.ts';
import type { Post } from '../schema/post.ts';
import { indexCatalog, normalizeTag } from './catalog-index.ts';

const none: readonly never[] = Object.freeze([]);

/**
 * The posts carrying a tag, compared without case.
 * @example postsByTag(catalog, 'Docker').length
 */
export function postsByTag(catalog: Catalog, tag: string): readonly Post[] {
  return indexCatalog(catalog).postsByTag.get(normalizeTag(tag)) ?? none;
}

/**
 * The posts published in a year.
 * @example postsByYear(catalog, 2015).length
 */
export function postsByYear(catalog: Catalog, year: number): readonly Post[] {
  return indexCatalog(catalog).postsByYear.get(year) ?? none;
}

/**
 * The posts about an event: those that say so in their front matter and those that mention a
 * talk given there.
 * @example postsByEvent(catalog, 'dockercon-eu-2015').length
 */
export function postsByEvent(catalog: Catalog, eventId: string): readonly Post[] {
  return indexCatalog(catalog).postsByEvent.get(eventId) ?? none;
}

/**
 * The posts that name a speaker, directly or through one of their talks.
 * @example postsBySpeaker(catalog, 'john-fiedler').length
 */
export function postsBySpeaker(catalog: Catalog, speakerId: string): readonly Post[] {
  return indexCatalog(catalog).postsBySpeaker.get(speakerId) ?? none;
}
