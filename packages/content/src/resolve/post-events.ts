import { normalize } from '../extract/similarity.ts';
import type { Event } from '../schema/event.ts';
import type { Post } from '../schema/post.ts';
import type { CatalogMemo } from './catalog-memo.ts';
import { inferEvent, matchEvent, postOpening } from './events.ts';

/**
 * The curated events worth scoring for a post: those whose distinguishing first word (the only
 * way `matchEvent` accepts an event) is a word of the post's opening. Looking them up by word
 * keeps event matching linear in posts, however many events are curated.
 */
function eventsByHead(
  events: readonly Event[],
): (post: Post) => { events: Event[]; opening?: string } {
  const byHead = new Map<string, Event[]>();
  for (const e of events) {
    const head = normalize(e.name)
      .split(' ')
      .find((w) => w && !/^(19|20)\d{2}$/.test(w));
    if (!head) continue;
    if (!byHead.has(head)) byHead.set(head, []);
    byHead.get(head)!.push(e);
  }
  return (post) => {
    if (!byHead.size) return { events: [] };
    const found = new Set<Event>();
    // Normalized once, for the lookup here and the scoring in `matchEvent`.
    const opening = postOpening(post);
    // A lookup per word costs less than a set of the words first.
    for (const word of opening.split(' ')) {
      const heads = byHead.get(word);
      if (heads) for (const e of heads) found.add(e);
    }
    return { events: events.filter((e) => found.has(e)), opening };
  };
}

/**
 * The event of each post: the curated event that fits it, else one inferred from its text.
 * With a memo, the curated match of a post seen before is not looked for again.
 */
export function postEvents(
  curated: readonly Event[],
  memo?: CatalogMemo,
): (post: Post) => Event | undefined {
  const candidateEvents = eventsByHead(curated);
  const curatedById = new Map(curated.map((e) => [e.id, e]));
  memo?.useEvents(JSON.stringify(curated));
  const curatedOf = (post: Post) => {
    const { events, opening } = candidateEvents(post);
    return matchEvent(post, events, opening);
  };
  return (post) => {
    const found = memo
      ? curatedById.get(
          memo.event(`${post.digest}\u0000${post.source.path}`, () => curatedOf(post)?.id ?? ''),
        )
      : curatedOf(post);
    return found ?? inferEvent(post);
  };
}
