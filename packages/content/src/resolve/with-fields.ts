/**
 * `{ ...record, ...fields }`, except that the record's accessors stay accessors: a post whose
 * body, HTML and text are read from a file when asked stays so, where a spread would read
 * every one of them into memory.
 * @example withFields(post, { event: 'dockercon-eu-2015' })
 */
export function withFields<T extends object>(record: T, fields: Partial<T>): T {
  // Plain data properties are assigned, the rest defined as they are (and `__proto__`, which
  // an assignment would take for the prototype): a build gives each of thousands of posts its
  // event, and defining every property of each took three times as long.
  const from = record as Record<PropertyKey, unknown>;
  const copy: Record<PropertyKey, unknown> = {};
  for (const k of Reflect.ownKeys(from)) {
    const described = Object.getOwnPropertyDescriptor(from, k)!;
    if (plain(described) && k !== '__proto__') copy[k] = described.value;
    else Object.defineProperty(copy, k, described);
  }
  return Object.assign(copy, fields) as T;
}

const plain = (d: PropertyDescriptor) =>
  'value' in d && d.writable === true && d.enumerable === true && d.configurable === true;
