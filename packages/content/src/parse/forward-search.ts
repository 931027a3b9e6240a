/**
 * A search for `pattern` (global) in `text` at or after a position, for positions that only
 * move forward: an answer still ahead is given again without searching, so a text of many
 * openers that never close is read once, where searching from each would be quadratic.
 * @example const next = forwardSearch('a]b]', /\]/g); next(0) === 1 && next(2) === 3
 */
export function forwardSearch(text: string, pattern: RegExp): (from: number) => number {
  let found = -2;
  return (from) => {
    if (found === -1 || found >= from) return found;
    pattern.lastIndex = from;
    found = pattern.exec(text)?.index ?? -1;
    return found;
  };
}
