import type { Catalog } from '../schema/catalog.ts';
import type { Event } from '../schema/event.ts';
import type { Post } from '../schema/post.ts';
import type { Speaker } from '../schema/speaker.ts';
import type { Talk } from '../schema/talk.ts';
import { indexCatalog } from './catalog-index.ts';

/**
 * The post with this id, or undefined.
 * @example getPost(catalog, 'dockercon-eu-2015-day-two')?.title
 */
export function getPost(catalog: Catalog, id: string): Post | undefined {
  return indexCatalog(catalog).posts.get(id);
}

/**
 * The talk with this id, or undefined.
 * @example getTalk(catalog, 'understanding-docker-security')?.kind
 */
export function getTalk(catalog: Catalog, id: string): Talk | undefined {
  return indexCatalog(catalog).talks.get(id);
}

/**
 * The speaker with this id, or undefined.
 * @example getSpeaker(catalog, 'john-fiedler')?.name
 */
export function getSpeaker(catalog: Catalog, id: string): Speaker | undefined {
  return indexCatalog(catalog).speakers.get(id);
}

/**
 * The event with this id, or undefined.
 * @example getEvent(catalog, 'dockercon-eu-2015')?.location
 */
export function getEvent(catalog: Catalog, id: string): Event | undefined {
  return indexCatalog(catalog).events.get(id);
}
