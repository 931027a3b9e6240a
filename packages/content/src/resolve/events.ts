import { normalize } from '../extract/similarity.ts';
import { slugify } from '../parse/post-id.ts';
import type { Event } from '../schema/event.ts';
import type { Post } from '../schema/post.ts';
import { stringStart } from '../text/string-start.ts';

const SUFFIX = /(con|conf|summit|camp|loop|days|fest|world|week|forum|expo|meetup|devroom)$/i;
const STANDALONE_SUFFIX =
  /^(con|conf|summit|camp|loop|days|fest|world|week|forum|expo|meetup|devroom)$/i;
// Words a title puts before an event's name: "Recap Strange Loop 2019", "At React Summit 2020".
const LEAD_IN =
  /^(post|digesting|at|my|the|about|from|impressions|recap|notes|highlights|report|review|day|back|on|of|in|to|and)$/i;
// "DockerCon EU 2017", "QCon London 2024", "SRECon Europe 2016", "GopherConAU 2023", "Strange Loop".
const NAME_YEAR =
  /\b((?:\p{Lu}[\p{L}\d]*)(?:\s+(?:\p{Lu}[\p{L}\d]*|EU|US|AU|NA|UK))*)\s+((?:19|20)\d{2})\b/gu;
const CONF_WORDS =
  /\b((?:\p{Lu}[\p{L}\d]*\s+)?\p{Lu}[\p{L}\d]*(?:con|conf|summit|camp|loop|days|fest)(?:\s+(?:EU|US|AU|Europe|London|Berlin|Asia|Africa|India|NA|UK))?|(?:\p{Lu}[\p{L}\d]*\s+){1,3}(?:Summit|Loop|Days|Conf|Camp|Fest))\b/gu;

// A year as a post writes one: "part 1900" or "episode 2001" numbers a series instead.
const YEAR =
  /(?<!(?:\bpart|\bepisode|\bissue|\bno|\bnumber|\bvol|\bvolume|\bchapter|#)\.?\s{0,2})\b((?:19|20)\d{2})\b/gi;

/** The years a text names, in order. */
export function yearsIn(text: string): number[] {
  return [...text.matchAll(YEAR)].map((m) => Number(m[1]));
}

function yearOf(post: Post): number | undefined {
  return post.date ? Number(post.date.slice(0, 4)) : undefined;
}

/** Words of an event name that tell it apart ("dockercon", "eu"), the year left out. */
function keyWords(name: string): string[] {
  return normalize(name)
    .split(' ')
    .filter((w) => w && !/^(19|20)\d{2}$/.test(w));
}

/** What `fit` reads of a post, normalized once for all the events it is scored against. */
interface PostText {
  readonly post: Post;
  readonly title: string;
  readonly text: string;
  readonly years: number[];
}

/** Scores how well a curated event fits a post: 0 when it does not. */
function fit(event: Event, { post, title, text, years }: PostText): number {
  const words = keyWords(event.name);
  const head = words[0];
  if (!head || !text.includes(head)) return 0;
  const postYear = yearsIn(title)[0];
  if (event.year && postYear && postYear !== event.year) return 0;
  if (event.year && !postYear && !years.includes(event.year) && yearOf(post) !== event.year)
    return 0;
  let score = 1;
  for (const w of words.slice(1)) if (text.includes(w)) score++;
  if (event.location && text.includes(normalize(event.location.split(',')[0]!))) score++;
  if (title.includes(head)) score++;
  return score;
}

/** The normalized opening of a post that events are looked for in: title, description, text. */
export function postOpening(post: Post): string {
  return normalize(`${post.title} ${post.description ?? ''} ${stringStart(post, 'text', 3000)}`);
}

/**
 * The curated event a post reports on, when one fits. `opening` is the post's `postOpening`,
 * when the caller has it already.
 */
export function matchEvent(
  post: Post,
  events: readonly Event[],
  opening?: string,
): Event | undefined {
  if (!events.length) return undefined;
  const text = opening ?? postOpening(post);
  const read: PostText = {
    post,
    title: normalize(post.title),
    text,
    years: yearsIn(text),
  };
  let best: Event | undefined;
  let bestScore = 0;
  for (const e of events) {
    const s = fit(e, read);
    if (s > bestScore) {
      best = e;
      bestScore = s;
    }
  }
  return best;
}

/**
 * An event read from the post itself when no curated record fits: a conference-like name with
 * a year in the title (or the text's opening), the year otherwise taken from the post's date.
 * @example inferEvent(post /* title "QCon London 2024 takeaways" *\/)?.name // 'QCon London 2024'
 */
export function inferEvent(post: Post): Event | undefined {
  const sources = [post.title, post.description ?? '', stringStart(post, 'text', 1500)];
  for (const source of sources) {
    for (const m of source.matchAll(NAME_YEAR)) {
      const words = m[1]!.split(/\s+/);
      // Keep the tail of the phrase that starts at a conference-like word.
      let at = words.findIndex((w) => SUFFIX.test(w) || /^[A-Z][a-z]*Con/.test(w));
      if (at < 0) continue;
      // A word that is the suffix alone ("Strange Loop", "Agile Testing Days") ends a name,
      // not starts one: the capitalised words before it are the name's own, but for a lead-in.
      if (STANDALONE_SUFFIX.test(words[at]!)) {
        let first = 0;
        while (first < at && LEAD_IN.test(words[first]!)) first++;
        at = first;
      }
      const name = `${words.slice(at).join(' ')} ${m[2]}`;
      return { id: slugify(name), name, year: Number(m[2]), origin: 'inferred' };
    }
  }
  for (const source of sources) {
    for (const m of source.matchAll(CONF_WORDS)) {
      const words = m[1]!.split(/\s+/);
      while (words.length > 1 && LEAD_IN.test(words[0]!)) words.shift();
      const base = words.join(' ');
      const year = yearOf(post);
      const name = year ? `${base} ${year}` : base;
      return { id: slugify(name), name, year, origin: 'inferred' };
    }
  }
  return undefined;
}

// Front-matter keys that name a post's event outright, compared lower-cased.
const DECLARING_KEYS = new Set(['event', 'conference']);

/** The event a post's front matter names (`event:` or `conference:`), as written. */
export function declaredEvent(post: Post): string | undefined {
  for (const [key, value] of Object.entries(post.extra ?? {})) {
    if (!DECLARING_KEYS.has(key.toLowerCase())) continue;
    const text = typeof value === 'string' ? value.trim() : undefined;
    if (text) return text;
  }
  return undefined;
}

/**
 * The event a post's front matter names: the curated event of that id or name, else one of
 * that name (with the post's year when the name gives none), as an event inferred from a title
 * would be, so that posts naming it either way share it.
 * @example eventNamed('PyCon US', curated, post /* dated 2016 *\/)?.id // 'pycon-us-2016'
 */
export function eventNamed(
  declared: string,
  curated: readonly Event[],
  post: Post,
): Event | undefined {
  const key = normalize(declared);
  const slug = slugify(declared);
  const found = curated.find(
    (e) => e.id === declared || e.id === slug || normalize(e.name) === key,
  );
  if (found) return found;
  if (!key) return undefined;
  const named = yearsIn(declared)[0];
  const year = named ?? yearOf(post);
  const name = named === undefined && year !== undefined ? `${declared} ${year}` : declared;
  return { id: slugify(name), name, year, origin: 'inferred' };
}
