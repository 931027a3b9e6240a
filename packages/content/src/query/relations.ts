import type { Catalog } from '../schema/catalog.ts';
import type { Post } from '../schema/post.ts';
import type { Speaker } from '../schema/speaker.ts';
import type { Talk } from '../schema/talk.ts';
import { indexCatalog } from './catalog-index.ts';

// Every helper answers in catalog order and with an empty list for an unknown id, so a caller
// tells "no such record" (a lookup) from "no related records" (these) itself.
const none: readonly never[] = Object.freeze([]);

/**
 * The talks a speaker gave.
 * @example talksOfSpeaker(catalog, 'john-fiedler').map((talk) => talk.title)
 */
export function talksOfSpeaker(catalog: Catalog, speakerId: string): readonly Talk[] {
  return indexCatalog(catalog).talksBySpeaker.get(speakerId) ?? none;
}

/**
 * The speakers of a talk.
 * @example speakersOfTalk(catalog, 'understanding-docker-security').map((speaker) => speaker.name)
 */
export function speakersOfTalk(catalog: Catalog, talkId: string): readonly Speaker[] {
  return indexCatalog(catalog).speakersByTalk.get(talkId) ?? none;
}

/**
 * The posts that mention a talk.
 * @example postsOfTalk(catalog, 'understanding-docker-security').length
 */
export function postsOfTalk(catalog: Catalog, talkId: string): readonly Post[] {
  return indexCatalog(catalog).postsByTalk.get(talkId) ?? none;
}

/**
 * The talks a post mentions.
 * @example talksOfPost(catalog, 'dockercon-eu-2015-day-two').length
 */
export function talksOfPost(catalog: Catalog, postId: string): readonly Talk[] {
  return indexCatalog(catalog).talksByPost.get(postId) ?? none;
}

/**
 * The speakers a post names, directly or as speakers of the talks it mentions.
 * @example speakersOfPost(catalog, 'dockercon-eu-2015-day-two').map((s) => s.name)
 */
export function speakersOfPost(catalog: Catalog, postId: string): readonly Speaker[] {
  return indexCatalog(catalog).speakersByPost.get(postId) ?? none;
}

/**
 * The talks given at an event.
 * @example talksOfEvent(catalog, 'dockercon-eu-2015').length
 */
export function talksOfEvent(catalog: Catalog, eventId: string): readonly Talk[] {
  return indexCatalog(catalog).talksByEvent.get(eventId) ?? none;
}

/**
 * The speakers of the talks given at an event.
 * @example speakersOfEvent(catalog, 'dockercon-eu-2015').length
 */
export function speakersOfEvent(catalog: Catalog, eventId: string): readonly Speaker[] {
  return indexCatalog(catalog).speakersByEvent.get(eventId) ?? none;
}
