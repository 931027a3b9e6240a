/**
 * `{ ...record, ...fields }`, except that the record's accessors stay accessors: a post whose
 * body, HTML and text are read from a file when asked stays so, where a spread would read
 * every one of them into memory.
 * @example withFields(post, { event: 'dockercon-eu-2015' })
 */
export function withFields<T extends object>(record: T, fields: Partial<T>): T {
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(record)) as T;
  return Object.assign(copy, fields);
}
