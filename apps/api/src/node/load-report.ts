import type { Diagnostic } from '@confnotes/content/portable';
import { diagnosticLine } from './diagnostic-line.ts';

/** How many findings are shown; `confnotes check` lists them all. */
const SHOWN = 3;

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** The first findings, each at its place with its hint, then how to see the others. */
function listed(diagnostics: readonly Diagnostic[], rest: string): string[] {
  const lines = diagnostics
    .slice(0, SHOWN)
    .flatMap((d) => [`  ${diagnosticLine(d)}`, ...(d.hint ? [`    hint: ${d.hint}`] : [])]);
  if (diagnostics.length > SHOWN) lines.push(`  and ${diagnostics.length - SHOWN} more; ${rest}.`);
  return lines;
}

/**
 * What a start says of the content it loaded: its errors, each at its file, line and column,
 * and, when no post is served, why. The core gives a folder that holds no content, or posts that
 * are links leading out of it, as warnings only: without this a server would answer empty lists
 * and say nothing.
 * @example loadReport('content', [], 0)[0] // 'No post of content is served: its posts/ folder holds no article.'
 */
export function loadReport(
  dir: string,
  diagnostics: readonly Diagnostic[],
  /** The posts served, when `dir` is a content folder; an empty catalog file was written so. */
  posts?: number,
): string[] {
  // The API runs from a checkout, where the core's CLI is a root script, not an `npx` command;
  // a catalog file's diagnostics are in the file itself.
  const rest =
    posts === undefined
      ? 'the file lists them all in its `diagnostics`'
      : `run \`npm run confnotes -- check ${dir}\` for all`;
  const lines: string[] = [];
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    lines.push(
      `${count(errors.length, 'error')} in ${dir}, left out of what is served until fixed:`,
    );
    lines.push(...listed(errors, rest));
  }
  if (posts === undefined || posts > 0) return lines;
  if (diagnostics.length === 0) {
    lines.push(`No post of ${dir} is served: its posts/ folder holds no article.`);
  } else if (errors.length > 0) {
    lines.push(`No post of ${dir} is served.`);
  } else {
    lines.push(`No post of ${dir} is served:`);
    lines.push(...listed(diagnostics, rest));
  }
  return lines;
}
