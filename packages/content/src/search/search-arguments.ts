// The arguments a search is given, checked as JavaScript can give them (a null query from a page,
// a lone string for a list, a fetch `Response` for an index): each refused with an error that
// says what to pass, rather than an error from deep inside the index or no result at all.

const typeName = (value: unknown) => (value === null ? 'null' : typeof value);

/**
 * A query read from a page (`params.get('q')`, an input's missing value) can be null: said so,
 * rather than "Cannot read properties of null" from inside the tokenizer.
 */
export function checkQuery(query: unknown): asserts query is string {
  if (typeof query !== 'string') {
    throw new TypeError(
      `A search query must be a string, not ${typeName(query)}: pass '' to find nothing.`,
    );
  }
}

/** The same of a snippet's text, which a page read for it may not have had. */
export function checkText(text: unknown): asserts text is string {
  if (typeof text !== 'string') {
    throw new TypeError(
      `The text of a snippet must be a string, not ${typeName(text)}: pass the record's whole text.`,
    );
  }
}

// The kinds of record, as `SearchHitType` names them: that schema is zod, which the search
// entry leaves out of a browser's bundle.
const HIT_TYPES: readonly string[] = ['post', 'talk', 'speaker'];

/**
 * `types` as JavaScript can give it: a lone string (`types: 'talk'`) or a plural (`'talks'`)
 * matched no record at all, which reads as "nothing found" rather than as a mistake.
 */
export function checkTypes(types: unknown): void {
  if (types === undefined) return;
  if (!Array.isArray(types)) {
    throw new TypeError(
      typeof types === 'string'
        ? `types is a list, not the string "${types}": write { types: ['${types}'] }.`
        : `types is a list of 'post', 'talk' and 'speaker', not ${typeName(types)}.`,
    );
  }
  for (const type of types) {
    if (!HIT_TYPES.includes(type)) {
      throw new TypeError(
        `${JSON.stringify(type) ?? String(type)} is not a type of record a search finds: the types are 'post', 'talk' and 'speaker'.`,
      );
    }
  }
}

/**
 * What was given in place of an index, for the error: a fetch `Response` whose body was not read
 * is the usual one, and "rebuild the index" would send its author the wrong way.
 */
export function notAnIndex(value: unknown): Error {
  if (value === null || (typeof value !== 'object' && typeof value !== 'string')) {
    return new TypeError(
      `loadSearchIndex takes an index's JSON (an object or its text) or its bytes, not ${typeName(value)}.`,
    );
  }
  if (typeof (value as { arrayBuffer?: unknown }).arrayBuffer === 'function') {
    return new TypeError(
      'loadSearchIndex was given a Response: read its body first (await response.json(), or await response.arrayBuffer() for the bytes of toBytes()).',
    );
  }
  return new Error(
    'This is not a confnotes search index. Rebuild it with createSearchIndex(catalog).toJSON().',
  );
}
