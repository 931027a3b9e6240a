import { normalize } from '../extract/similarity.ts';
import type { Event } from '../schema/event.ts';
import type { Post } from '../schema/post.ts';
import type { CatalogMemo } from './catalog-memo.ts';
import { declaredEvent, eventNamed, inferEvent, matchEvent, postOpening } from './events.ts';

/**
 * The curated events worth scoring for a post: those whose distinguishing first word (the only
 * way `matchEvent` accepts an event) is a word of the post's opening. One search for all the
 * heads at once keeps event matching linear in posts, however many events are curated.
 */
function eventsByHead(
  events: readonly Event[],
): (post: Post) => { events: Event[]; opening?: string } {
  // Each head's events, by their place among the curated events.
  const byHead = new Map<string, number[]>();
  events.forEach((e, i) => {
    const head = normalize(e.name)
      .split(' ')
      .find((w) => w && !/^(19|20)\d{2}$/.test(w));
    if (!head) return;
    if (!byHead.has(head)) byHead.set(head, []);
    byHead.get(head)!.push(i);
  });
  if (!byHead.size) return () => ({ events: [] });
  // Whole words of the opening, whose words are separated by single spaces.
  const heads = new RegExp(
    `(?<![^ ])(?:${[...byHead.keys()].map((h) => h.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')).join('|')})(?![^ ])`,
    'g',
  );
  return (post) => {
    // Normalized once, for the lookup here and the scoring in `matchEvent`.
    const opening = postOpening(post);
    const found = new Set<number>();
    for (const head of opening.match(heads) ?? []) for (const i of byHead.get(head)!) found.add(i);
    return { events: [...found].sort((a, b) => a - b).map((i) => events[i]!), opening };
  };
}

/**
 * The event of each post: the one its front matter names (`event:`), else the curated event
 * that fits it, else one inferred from its text.
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
    // The event the front matter names wins over any the text suggests.
    const declared = declaredEvent(post);
    if (declared !== undefined) {
      const named = eventNamed(declared, curated, post);
      if (named) return named;
    }
    const found = memo
      ? curatedById.get(
          memo.event(`${post.digest}\u0000${post.source.path}`, () => curatedOf(post)?.id ?? ''),
        )
      : curatedOf(post);
    return found ?? inferEvent(post);
  };
}
