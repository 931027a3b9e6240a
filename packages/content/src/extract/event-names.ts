import { normalize } from './similarity.ts';

// The name before a year in a title ("What I learned at Strange Loop 2019"): the event the
// post reports on. Its words are capitalised like a person's, and writers open with it
// ("Strange Loop never disappoints."), so a name that is the event's is no one's.
const NAME_BEFORE_YEAR =
  /(?<![\p{L}\d])((?:\p{Lu}[\p{L}\d]*)(?:\s+\p{Lu}[\p{L}\d]*)*)\s+(?:(?:19|20)\d{2}|['’]\d{2})(?![\p{L}\d])/gu;

/**
 * The normalized names the post gives its event: each capitalised phrase right before a year in
 * its title, with every tail of it ("Notes Strange Loop" gives "strange loop" and "loop" too).
 * @example eventNamesOf('What I learned at Strange Loop 2019').has('strange loop') // true
 */
export function eventNamesOf(title: string): Set<string> {
  const names = new Set<string>();
  for (const m of title.matchAll(NAME_BEFORE_YEAR)) {
    const words = normalize(m[1]!).split(' ').filter(Boolean);
    for (let i = 0; i < words.length; i++) names.add(words.slice(i).join(' '));
  }
  return names;
}
