// `parseArticle` promises diagnostics, never exceptions, for any content. Arguments that are not
// content at all (a caller without types passing `undefined`, a number, an ArrayBuffer, a path
// left out) would otherwise fail deep in the parser on a message that names neither argument.

const described = (value: unknown): string => {
  if (value === null) return 'null';
  if (typeof value !== 'object') return typeof value;
  const name: unknown = value.constructor?.name;
  if (typeof name !== 'string' || name === 'Object') return 'a plain object';
  return `${/^[AEIOU]/.test(name) ? 'an' : 'a'} ${name}`;
};

/**
 * Throws a TypeError that says which argument is wrong, what it was and what it should be,
 * unless `source` is an article's text or bytes and `path` a string.
 * @example checkArticleArguments(undefined, 'posts/a.md') // throws: "...not undefined..."
 */
export function checkArticleArguments(source: unknown, path: unknown): void {
  if (typeof source !== 'string' && !(source instanceof Uint8Array)) {
    throw new TypeError(
      `An article's source must be its text (a string) or its bytes (a Uint8Array or Buffer), not ${described(source)}.`,
    );
  }
  if (typeof path !== 'string') {
    throw new TypeError(
      `An article's path must be a string, relative to the content folder ('posts/day-two.md'), not ${described(path)}: it gives the post its id and each diagnostic its file.`,
    );
  }
}
