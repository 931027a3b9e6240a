import type { PostExtraction } from '../extract/extract-post.ts';
import { normalize } from '../extract/similarity.ts';
import type { Event } from '../schema/event.ts';
import type { Post } from '../schema/post.ts';

// A post that names no conference ("My favourite talks this year") may still report talks that
// posts of one event report too: the same title, given by the same person. Such a post is about
// that event, and its reports are merged with the event's talks, where otherwise each talk it
// shares would be listed twice, once for the event and once for no event.

/** A post of no event with reports that can place it: its index and their normalized titles. */
export type LoosePost = [post: number, titles: string[]];

export interface TalkPlacement {
  /** The event each placed post is given, by the post's index. */
  readonly placed: Map<number, string>;
  /** Every post of no event with a titled report that names a speaker, placed or not. */
  readonly loose: LoosePost[];
}

// A recap is written after the event, or as a preview a few weeks before it.
const DAY = 86_400_000;
const PREVIEW_DAYS = 31;

/**
 * Whether a post's date fits an event: on or after a few weeks before it starts, and no later
 * than the year after it. An undated post, or an event with no date, fits.
 */
export function fitsEventDate(post: Pick<Post, 'date'>, event: Event): boolean {
  if (!post.date) return true;
  const day = Date.parse(post.date.slice(0, 10));
  const year = event.year ?? (event.start ? Number(event.start.slice(0, 4)) : undefined);
  if (year !== undefined && new Date(day).getUTCFullYear() > year + 1) return false;
  if (event.start) return day >= Date.parse(event.start.slice(0, 10)) - PREVIEW_DAYS * DAY;
  return year === undefined || new Date(day).getUTCFullYear() >= year;
}

type Report = PostExtraction['talks'][number];

/**
 * Whether a report can place a post of no event: it has a title and names a speaker, and is
 * not one that `skip` (curated drops) says is no talk. A patch of the catalog declines on the
 * same test, so the two never disagree.
 */
export function canPlace(report: Report, skip: (report: Report) => boolean): boolean {
  return report.title !== null && report.speakers.length > 0 && !skip(report);
}

/**
 * The event of each post of no event whose titled reports are reports of one event's talks:
 * the same title up to case, accents and punctuation, with a speaker in common. A post whose
 * reports point to several events, or to one its date does not fit, is left with none. Only
 * posts that have an event of their own place others: a placed post places nothing.
 * `skip` tells reports that are not talks (curated drops).
 */
export function placeByTalks(
  posts: readonly Post[],
  extractionOf: (post: Post) => PostExtraction | undefined,
  eventById: (id: string) => Event | undefined,
  skip: (report: Report) => boolean = () => false,
): TalkPlacement {
  const placed = new Map<number, string>();
  const loose: LoosePost[] = [];
  const placeable = (r: Report) => canPlace(r, skip);
  posts.forEach((post, p) => {
    if (post.event) return;
    const titles = (extractionOf(post)?.talks ?? [])
      .filter(placeable)
      .map((r) => normalize(r.title!));
    if (titles.length) loose.push([p, [...new Set(titles)]]);
  });
  if (!loose.length) return { placed, loose };
  const wanted = new Set(loose.flatMap(([, titles]) => titles));
  // For each wanted title, the speakers each event's posts give it.
  const byTitle = new Map<string, Map<string, Set<string>>>();
  for (const post of posts) {
    if (!post.event) continue;
    for (const r of extractionOf(post)?.talks ?? []) {
      if (!placeable(r)) continue;
      const title = normalize(r.title!);
      if (!wanted.has(title)) continue;
      const events = byTitle.get(title) ?? new Map<string, Set<string>>();
      byTitle.set(title, events);
      const speakers = events.get(post.event) ?? new Set<string>();
      events.set(post.event, speakers);
      for (const s of r.speakers) speakers.add(normalize(s));
    }
  }
  for (const [p] of loose) {
    const post = posts[p]!;
    const found = new Set<string>();
    for (const r of extractionOf(post)?.talks ?? []) {
      if (!placeable(r)) continue;
      const events = byTitle.get(normalize(r.title!));
      if (!events) continue;
      const keys = r.speakers.map(normalize);
      for (const [event, speakers] of events)
        if (keys.some((k) => speakers.has(k))) found.add(event);
    }
    if (found.size !== 1) continue;
    const [id] = found;
    const event = eventById(id!);
    if (event && fitsEventDate(post, event)) placed.set(p, id!);
  }
  return { placed, loose };
}
