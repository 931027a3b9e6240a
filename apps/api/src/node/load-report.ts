import type { Diagnostic } from '@confnotes/content/portable';

/** How many findings are shown when no post is served; `confnotes check` lists them all. */
const SHOWN = 3;

/**
 * What a start says of the content it loaded: how many errors, and, when no post is served,
 * why. The core gives a folder that holds no content, or posts that are links leading out of it,
 * as warnings only: without this a server would answer empty lists and say nothing.
 * @example loadReport('content', [], 0)[0] // 'No post of content is served: its posts/ folder holds no article.'
 */
export function loadReport(
  dir: string,
  diagnostics: readonly Diagnostic[],
  /** The posts served, when `dir` is a content folder; an empty catalog file was written so. */
  posts?: number,
): string[] {
  const lines: string[] = [];
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  if (errors > 0)
    lines.push(`${errors} error(s) in ${dir}; run \`npx confnotes check\` for details.`);
  if (posts === undefined || posts > 0) return lines;
  if (diagnostics.length === 0) {
    lines.push(`No post of ${dir} is served: its posts/ folder holds no article.`);
    return lines;
  }
  lines.push(`No post of ${dir} is served:`);
  for (const d of diagnostics.slice(0, SHOWN)) lines.push(`  ${d.file}: ${d.message}`);
  const hint = diagnostics[0]?.hint;
  if (hint) lines.push(`  ${hint}`);
  if (diagnostics.length > SHOWN)
    lines.push(`  and ${diagnostics.length - SHOWN} more; run \`npx confnotes check\` for all.`);
  return lines;
}
