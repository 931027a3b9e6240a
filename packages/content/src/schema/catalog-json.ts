// A catalog's JSON as a sequence of chunks, the same text as `JSON.stringify(catalog, null,
// indent)` but never held whole: at 50,000 posts that text is some 350 MB, read back from the
// spill file post by post, and a file can be written a chunk at a time.

/** Chunks are gathered up to about this many characters before they are given out. */
const CHUNK = 1 << 20;

/**
 * The text `JSON.stringify(value, null, indent)` gives for an object, in chunks: each list at
 * its top level is written an item at a time.
 * @example await writeFile('catalog.json', catalogJson(catalog, 2));
 */
export function* catalogJson(value: object, indent = 0): Generator<string> {
  let held: string[] = [];
  let size = 0;
  const put = function* (text: string) {
    held.push(text);
    size += text.length;
    if (size >= CHUNK) {
      yield held.join('');
      held = [];
      size = 0;
    }
  };
  const newline = indent ? '\n' : '';
  const pad = (depth: number) => ' '.repeat(indent * depth);
  // Nested text is indented by the depth it is written at, as `JSON.stringify` indents it.
  const at = (text: string, depth: number) =>
    indent ? text.replaceAll('\n', `\n${pad(depth)}`) : text;
  const entries = Object.entries(value).filter(
    ([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol',
  );
  if (!entries.length) {
    yield '{}';
    return;
  }
  yield* put('{');
  for (const [k, [key, item]] of entries.entries()) {
    yield* put(`${k ? ',' : ''}${newline}${pad(1)}${JSON.stringify(key)}${indent ? ': ' : ':'}`);
    if (!Array.isArray(item) || !item.length) {
      yield* put(at(JSON.stringify(item, null, indent), 1));
      continue;
    }
    yield* put('[');
    for (let i = 0; i < item.length; i++) {
      const text = JSON.stringify(item[i], null, indent) ?? 'null';
      yield* put(`${i ? ',' : ''}${newline}${pad(2)}${at(text, 2)}`);
    }
    yield* put(`${newline}${pad(1)}]`);
  }
  yield* put(`${newline}}`);
  if (held.length) yield held.join('');
}
