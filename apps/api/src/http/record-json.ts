// Answers are mostly catalog records, which never change while their snapshot is served: each is
// written as JSON once and its text reused by every answer that contains it.

const written = new WeakMap<object, string>();

/**
 * `JSON.stringify(value)` (same text, byte for byte) for an answer body, reusing the text of every
 * object in `records` it contains. Only plain objects and arrays are walked; anything else (and
 * any object with `toJSON`) goes to `JSON.stringify`.
 * @example answerJson({ data: [talk] }, new WeakSet([talk])) === JSON.stringify({ data: [talk] })
 */
export function answerJson(value: unknown, records: WeakSet<object>): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  if (records.has(value)) {
    let text = written.get(value);
    if (text === undefined) {
      text = JSON.stringify(value);
      written.set(value, text);
    }
    return text;
  }
  // Most of an answer holds no record (a search hit, the page's meta, a post detail): the native
  // writer does all of that at once, far quicker than walking it key by key.
  if (!holdsRecord(value, records)) return JSON.stringify(value);
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      if (i > 0) out += ',';
      // As JSON.stringify writes them inside arrays.
      out +=
        item === undefined || typeof item === 'function' || typeof item === 'symbol'
          ? 'null'
          : answerJson(item, records);
    }
    return `${out}]`;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype || 'toJSON' in value) {
    return JSON.stringify(value);
  }
  let out = '{';
  let first = true;
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key];
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    out += `${first ? '' : ','}${JSON.stringify(key)}:${answerJson(item, records)}`;
    first = false;
  }
  return `${out}}`;
}

/** Whether a record is anywhere in `value`, where `answerJson` would look for one. */
function holdsRecord(value: unknown, records: WeakSet<object>): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (records.has(value)) return true;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (holdsRecord(value[i], records)) return true;
    return false;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype || 'toJSON' in value) return false;
  for (const key in value) {
    if (
      Object.hasOwn(value, key) &&
      holdsRecord((value as Record<string, unknown>)[key], records)
    ) {
      return true;
    }
  }
  return false;
}
