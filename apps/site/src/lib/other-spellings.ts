// A title or name written in other letter cases is the same words to a reader: "Also written
// as" listing "docker" beside "Docker" was a line of noise. Other words and spellings stay.
const folded = (text: string) => text.toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();

/**
 * The spellings of a talk's title or a speaker's name worth listing beside the one shown: each
 * once, in the order given, leaving out those that differ from the shown one, or from one
 * listed before them, only in letter case or spacing.
 * @example otherSpellings('Docker volumes', ['docker volumes', 'Docker Volumes 101']) // ['Docker Volumes 101']
 */
export function otherSpellings(shown: string, spellings: readonly string[]): string[] {
  const seen = new Set([folded(shown)]);
  return spellings.filter((spelling) => {
    const key = folded(spelling);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
