/** An argument's value, and where it is written in the tag, its quotes left out. */
export interface Argument {
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

/** A template tag's arguments: named and positional, and how they were written. */
export interface TagArguments {
  readonly named: Map<string, Argument>;
  readonly positional: string[];
  /** Whether every character of the arguments was read as one (or the spaces and commas between). */
  readonly whole: boolean;
  /** Whether a name was given its value with `:` rather than `=`. */
  readonly colon: boolean;
}

/**
 * Named (`key="value"`, `key=value`, `key: value`) and positional arguments of a template tag,
 * commas or spaces apart, quotes' backslash escapes read. `offset` is where `args` starts in the
 * tag, for each value's place in it.
 * @example tagArguments('src="a.jpg" x').named.get('src')?.value // 'a.jpg'
 */
export function tagArguments(args: string, offset = 0): TagArguments {
  const named = new Map<string, Argument>();
  const positional: string[] = [];
  let colon = false;
  let read = 0;
  const token =
    /(?:([A-Za-z][\w-]*)\s*([=:])\s*)?(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([^\s,"']+))\s*,?\s*/dgy;
  for (let m = token.exec(args); m && m[0] !== ''; m = token.exec(args)) {
    read = token.lastIndex;
    const value = (m[3] ?? m[4] ?? m[5] ?? '').replace(/\\(.)/g, '$1');
    const at = m.indices?.[3] ?? m.indices?.[4] ?? m.indices?.[5];
    if (!m[1] || !at) {
      positional.push(value);
      continue;
    }
    colon ||= m[2] === ':';
    named.set(m[1].toLowerCase(), { value, start: offset + at[0], end: offset + at[1] });
  }
  return { named, positional, whole: read === args.length, colon };
}
