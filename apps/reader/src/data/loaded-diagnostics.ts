import type { Catalog, Diagnostic } from '@confnotes/content/portable';

/**
 * What a loader found wrong, then the catalog's own diagnostics (what building it found) that
 * are not the same finding again: a content directory's loader reports both.
 */
export function loadedDiagnostics(
  found: readonly Diagnostic[],
  catalog: Catalog,
): readonly Diagnostic[] {
  const diagnostics = [...found];
  for (const d of catalog.diagnostics) {
    if (!diagnostics.some((x) => x.file === d.file && x.line === d.line && x.code === d.code)) {
      diagnostics.push(d);
    }
  }
  return diagnostics;
}
