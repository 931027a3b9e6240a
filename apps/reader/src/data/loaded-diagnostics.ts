import type { Catalog, Diagnostic } from '@confnotes/content/portable';

/**
 * What a loader found wrong, then the catalog's own diagnostics (what building it found) that
 * are not the same finding again: a content directory's loader reports both.
 */
export function loadedDiagnostics(
  found: readonly Diagnostic[],
  catalog: Catalog,
): readonly Diagnostic[] {
  // Keyed, not compared pairwise: a catalog of tens of thousands of posts may carry thousands.
  // The same finding is the same message at the same place: two speakers known only by a first
  // name on one line are two findings of one code.
  const key = (d: Diagnostic) => [d.file, d.line, d.column, d.code, d.message].join('\u0000');
  const diagnostics = [...found];
  const seen = new Set(found.map(key));
  for (const d of catalog.diagnostics) {
    if (seen.has(key(d))) continue;
    seen.add(key(d));
    diagnostics.push(d);
  }
  return diagnostics;
}
