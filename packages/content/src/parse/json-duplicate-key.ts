/** A key an object of a JSON text gives twice: its name, and the offsets of both. */
export interface JsonDuplicateKey {
  readonly key: string;
  readonly first: number;
  readonly second: number;
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/**
 * The first key given twice in one object of `text`, which must be valid JSON. `JSON.parse`
 * keeps the last silently, and other engines the first: a front matter that does so says one
 * thing to one engine and another to the next. Keys of different objects may repeat.
 * @example jsonDuplicateKey('{"a": 1, "b": {"a": 2}, "a": 3}')?.key === 'a'
 */
export function jsonDuplicateKey(text: string): JsonDuplicateKey | undefined {
  // One map of the keys seen per open object; null for an open array.
  const open: (Map<string, number> | null)[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{') open.push(new Map());
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
      if (first !== undefined) return { key, first, second: start };
      keys.set(key, start);
    }
  }
  return undefined;
}
