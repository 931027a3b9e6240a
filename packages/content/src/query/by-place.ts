import type { Diagnostic } from '../schema/diagnostic.ts';

/**
 * Diagnostics by file, line and column, as a compiler lists them: a catalog gives them by the
 * stage that found them (reading, parsing, merging), which would scatter one file's among
 * others' and list its line 61 above its line 18.
 * @example byPlace(catalog.diagnostics)[0]?.file
 */
export function byPlace<D extends Pick<Diagnostic, 'file' | 'line' | 'column'>>(
  diagnostics: readonly D[],
): D[] {
  return diagnostics.toSorted(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column,
  );
}
