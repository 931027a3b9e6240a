import { normalize } from './similarity.ts';

// The name before a year in a title ("What I learned at Strange Loop 2019"): the event the
// post reports on. Its words are capitalised like a person's, and writers open with it
// ("Strange Loop never disappoints."), so a name that is the event's is no one's.
const YEAR = /(?<![\p{L}\d])(?:(?:19|20)\d{2}|['’]\d{2})(?![\p{L}\d])/gu;
const CAPITALISED = /^\p{Lu}[\p{L}\d]*$/u;

/**
 * The normalized names the post gives its event: each capitalised phrase right before a year in
 * its title, with every tail of it ("Notes Strange Loop" gives "strange loop" and "loop" too).
 * @example eventNamesOf('What I learned at Strange Loop 2019').has('strange loop') // true
 */
export function eventNamesOf(title: string): Set<string> {
  const names = new Set<string>();
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(title); m; m = YEAR.exec(title)) {
    const before = title.slice(0, m.index);
    if (!/\s$/.test(before)) continue;
    const words = before.trimEnd().split(/\s+/);
    let first = words.length;
    while (first > 0 && CAPITALISED.test(words[first - 1]!)) first--;
    const phrase = normalize(words.slice(first).join(' ')).split(' ').filter(Boolean);
    for (let i = 0; i < phrase.length; i++) names.add(phrase.slice(i).join(' '));
  }
  return names;
}
