import { normalize } from '../extract/similarity.ts';
import type { Event } from '../schema/event.ts';
import type { Post } from '../schema/post.ts';
import type { CatalogMemo } from './catalog-memo.ts';
import { inferEvent, matchEvent, postOpening } from './events.ts';

const FEW_HEADS = 8;
const SPACE = 0x20;

/** Whether `word` stands as a whole word in `text`, whose words are separated by single spaces. */
function hasWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (
      (at === 0 || text.charCodeAt(at - 1) === SPACE) &&
      (end === text.length || text.charCodeAt(end) === SPACE)
    )
      return true;
  }
  return false;
}

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
  // Only words as long as some head, and starting as one does, are looked up: an opening has
  // hundreds of words. A site of a few conferences has a few heads, each looked for in the
  // opening by the engine's own search instead.
  const lengths = new Set<number>();
  const firsts = new Set<number>();
  for (const head of byHead.keys()) {
    lengths.add(head.length);
    firsts.add(head.charCodeAt(0));
  }
  const few = byHead.size <= FEW_HEADS ? [...byHead] : undefined;
  return (post) => {
    if (!byHead.size) return { events: [] };
    const found = new Set<Event>();
    // Normalized once, for the lookup here and the scoring in `matchEvent`.
    const opening = postOpening(post);
    if (few) {
      for (const [head, heads] of few)
        if (hasWord(opening, head)) for (const e of heads) found.add(e);
      return { events: events.filter((e) => found.has(e)), opening };
    }
    for (let start = 0; start <= opening.length; ) {
      let end = opening.indexOf(' ', start);
      if (end < 0) end = opening.length;
      if (lengths.has(end - start) && firsts.has(opening.charCodeAt(start))) {
        const heads = byHead.get(opening.slice(start, end));
        if (heads) for (const e of heads) found.add(e);
      }
      start = end + 1;
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
