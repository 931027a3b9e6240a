/** An option given as `--name value` or `--name=value`, and the argument slots it took. */
export interface OptionAt {
  /** Undefined when the option lacks its value. */
  readonly value: string | undefined;
  readonly used: 1 | 2;
}

/**
 * Option `name` at `args[i]`, or undefined when `args[i]` is another argument. An option
 * followed by another option lacks its value: `--format --workers 2` does not take `--workers`
 * for the format; so does one given an empty value.
 * @example optionAt(['--out', 'x.json'], 0, '--out') // { value: 'x.json', used: 2 }
 */
export function optionAt(args: readonly string[], i: number, name: string): OptionAt | undefined {
  const arg = args[i]!;
  if (arg.startsWith(`${name}=`))
    return { value: arg.slice(name.length + 1) || undefined, used: 1 };
  if (arg !== name) return undefined;
  const next = args[i + 1];
  // A lone `-` is a value: standard output or input, in most tools; so is a negative number
  // (`--workers -1`), which is then refused as the wrong value rather than called a missing one.
  if (next === undefined || (next.startsWith('-') && next !== '-' && !/^-\d/.test(next)))
    return { value: undefined, used: 1 };
  // An empty value (`--out "$OUT"` with OUT unset) is no value, as `--out=` is.
  return { value: next || undefined, used: 2 };
}
