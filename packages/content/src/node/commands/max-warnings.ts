import { optionAt } from './option-at.ts';

/** The lines of check's help that describe `--max-warnings`. */
export const MAX_WARNINGS_HELP = [
  '  --max-warnings N    exit 1 on more than N warnings, as on an error (notes do',
  '                      not count): 0 fails on any warning',
];

/**
 * `--max-warnings N` at `args[i]`: the number and the argument slots it took, a message when
 * its value is wrong, or undefined when `args[i]` is another argument. A CI job that should
 * fail on warnings (a malformed link, a duplicate id) asks for it, as with ESLint.
 * @example readMaxWarnings(['--max-warnings', '0'], 0) // { max: 0, used: 2 }
 */
export function readMaxWarnings(
  args: readonly string[],
  i: number,
): { readonly max: number; readonly used: number } | string | undefined {
  const at = optionAt(args, i, '--max-warnings');
  if (!at) return undefined;
  if (at.value === undefined) return '--max-warnings needs a value: a whole number, 0 or more.';
  // Digits only, as for --workers: `Number` also reads `0x2`, `1e1` and ` 2 `.
  const max = /^\d+$/.test(at.value) ? Number(at.value) : Number.NaN;
  if (!Number.isSafeInteger(max))
    return `--max-warnings takes a whole number, 0 or more, not \`${at.value}\`.`;
  return { max, used: at.used };
}
