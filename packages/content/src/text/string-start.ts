// A record may keep a long string elsewhere and read it back whole each time it is asked for
// (the Node build's text spill does, for posts' bodies, HTML and text). Such a record answers
// the start of one under this key too, so that a reader of the first few thousand characters
// of each of 50,000 posts does not read every post whole.
export const STRING_START: unique symbol = Symbol.for('confnotes.stringStart');

type StartReader = (this: object, key: string, chars: number) => string;

/**
 * The first `chars` characters of `record[key]` (a string), read without the rest where the
 * record keeps it elsewhere.
 * @example stringStart(post, 'text', 3000)
 */
export function stringStart<T extends object>(record: T, key: keyof T & string, chars: number) {
  const read = (record as { [STRING_START]?: StartReader })[STRING_START];
  return read ? read.call(record, key, chars) : String(record[key]).slice(0, chars);
}
