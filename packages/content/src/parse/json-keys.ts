/** A key an object of a JSON text gives twice: its name, and the offsets of both. */
export interface JsonDuplicateKey {
  readonly key: string;
  readonly first: number;
  readonly second: number;
}

/** What one pass over a JSON text finds of its keys. */
export interface JsonKeys {
  /** Each key of the outermost object, decoded, at the offset of its opening quote. */
  readonly top: ReadonlyMap<string, number>;
  /** The first key given twice in one object, if any. */
  readonly twice?: JsonDuplicateKey;
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/**
 * The keys of `text`, which must be valid JSON, in one pass: where the outermost object's keys
 * are (to place a diagnostic at a field), and the first key given twice in one object.
 * `JSON.parse` keeps the last of two silently, and other engines the first: a front matter
 * that does so says one thing to one engine and another to the next. Keys of different objects
 * may repeat.
 * @example jsonKeys('{"a": 1, "b": {"a": 2}}').top.get('b') === 9
 */
export function jsonKeys(text: string): JsonKeys {
  const top = new Map<string, number>();
  // One map of the keys seen per open object; null for an open array.
  const open: (Map<string, number> | null)[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{') open.push(open.length === 0 ? top : new Map());
    else if (c === '[') open.push(null);
    else if (c === '}' || c === ']') open.pop();
    else if (c === '"') {
      const start = i;
      for (i++; text[i] !== '"'; i++) if (text[i] === '\\') i++;
      const keys = open.at(-1);
      if (!keys) continue;
      let next = i + 1;
      while (isSpace(text[next])) next++;
      if (text[next] !== ':') continue;
      const key = JSON.parse(text.slice(start, i + 1)) as string;
      const first = keys.get(key);
      if (first !== undefined) return { top, twice: { key, first, second: start } };
      keys.set(key, start);
    }
  }
  return { top };
}

/**
 * The first key given twice in one object of `text`, which must be valid JSON.
 * @example jsonDuplicateKey('{"a": 1, "b": {"a": 2}, "a": 3}')?.key === 'a'
 */
export function jsonDuplicateKey(text: string): JsonDuplicateKey | undefined {
  return jsonKeys(text).twice;
}
