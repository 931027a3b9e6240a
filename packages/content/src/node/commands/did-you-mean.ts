import { editDistance } from '../../extract/similarity.ts';

const bare = (name: string) => name.replace(/^-+/, '').split('=')[0]!.toLowerCase();

/**
 * The one of `known` that `given` was most likely meant to be, as ` Did you mean \`x\`?` to
 * append to a message, or '' when none is close: a typo of a letter or two (`--frmat`, `chek`,
 * `exprot`), a shortening or a lengthening (`--work`, `--output`). A one-letter name is never
 * guessed at: `-x` is no more `-h` than anything else.
 * @example didYouMean('--frmat=json', ['--format', '--workers']) // ' Did you mean `--format`?'
 */
export function didYouMean(given: string, known: readonly string[]): string {
  const meant = closest(given, known);
  return meant ? ` Did you mean \`${meant}\`?` : '';
}

/**
 * The one of `known` closest to `given` by the measure of `didYouMean`, or undefined.
 * @example closest('contnet', ['content', 'dist']) // 'content'
 */
export function closest(given: string, known: readonly string[]): string | undefined {
  const name = bare(given);
  let best: { readonly option: string; readonly distance: number } | undefined;
  for (const option of known) {
    const other = bare(option);
    if (name.length < 2 || other.length < 2) continue;
    const shorter = Math.min(name.length, other.length);
    const affix = shorter >= 3 && (name.startsWith(other) || other.startsWith(name));
    const distance = affix ? 0 : editDistance(name, other, 2);
    if (distance * 2 < shorter && distance <= 2 && (!best || distance < best.distance))
      best = { option, distance };
  }
  return best?.option;
}
