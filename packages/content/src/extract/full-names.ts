import type { Block } from './blocks.ts';
import { readNames } from './names.ts';

// How far after a first name the rest of a full name may run.
const NAME_REACH = 80;

/**
 * Gives, for a first name a post uses alone ("Folasade tells us about her talk"), the one full
 * name it writes elsewhere that starts with it ("joined by Folasade Ayodele-Price"); undefined
 * when it writes none, or two different ones. Posts introduce a speaker in full once and say
 * the first name after, and a talk's speaker is the person, not the word. Each first name is
 * looked up once per post, and only when asked for.
 * @example fullNames(blocks)('Folasade') // 'Folasade Ayodele-Price'
 */
export function fullNames(blocks: readonly Block[]): (first: string) => string | undefined {
  const known = new Map<string, string | undefined>();
  return (first) => {
    if (known.has(first)) return known.get(first);
    let found: string | undefined;
    let unique = true;
    for (const block of blocks) {
      const text = block.flat.text;
      for (let at = text.indexOf(first); at >= 0 && unique; at = text.indexOf(first, at + 1)) {
        if (at > 0 && /[\p{L}\p{M}'’-]/u.test(text.charAt(at - 1))) continue;
        if (!/^\s/.test(text.charAt(at + first.length))) continue;
        const name = readNames(text.slice(at, at + NAME_REACH)).names[0];
        if (name?.start !== 0 || !name.name.startsWith(`${first} `)) continue;
        if (found !== undefined && found !== name.name) unique = false;
        found = name.name;
      }
      if (!unique) break;
    }
    const full = unique ? found : undefined;
    known.set(first, full);
    return full;
  };
}
