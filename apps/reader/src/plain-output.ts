import type { Catalog, Diagnostic } from '@confnotes/content/portable';
import { indexCatalog } from './data/catalog-index.ts';
import { sortedRows, TAB_LABELS, TABS } from './data/list-rows.ts';
import { loadedDiagnostics } from './data/loaded-diagnostics.ts';
import type { Loader } from './reader.tsx';
import { listLine } from './render/list-line.ts';
import { visible } from './render/visible.ts';
import { diagnosticLines, diagnosticsSummary } from './screens/diagnostic-lines.ts';
import { plainTheme } from './theme.ts';

// Where the full-screen interface cannot run (output piped or redirected, keys not from a
// terminal, a `TERM=dumb` terminal that cannot move its cursor), the reader prints the catalog
// once, as text without a single escape sequence, as a pager falls back to `cat`.

/**
 * The catalog's lists as plain lines at most `width` cells wide (`Infinity`: nothing cut): each
 * tab's name and count, then one line per record in the tab's first sort order, laid out as the
 * list screens lay them out.
 * @example catalogLines(catalog, 80) // ['Posts (2)', '  Day Two  2015-11-19 · 3 min', ...]
 */
export function catalogLines(catalog: Catalog, width: number): string[] {
  const index = indexCatalog(catalog);
  const lines: string[] = [];
  for (const tab of TABS) {
    if (lines.length) lines.push('');
    const rows = sortedRows(index, tab, 0);
    lines.push(`${TAB_LABELS[tab]} (${rows.length})`);
    for (const row of rows) {
      lines.push(listLine(row, { theme: plainTheme, width, query: '', selected: false }));
    }
  }
  return lines;
}

/** The diagnostics as the diagnostics screen shows them, after a line that counts them. */
export function diagnosticsText(diagnostics: readonly Diagnostic[], width: number): string {
  if (!diagnostics.length) return '';
  const lines = diagnosticLines(diagnostics, width).map((line) => line.text);
  return `${diagnosticsSummary(diagnostics)}:\n\n${lines.join('\n')}`;
}

/** Where plain text goes: standard output or standard error. */
export type PlainStream = {
  /** Resolves once the text is handed to the system; rejects when the system refuses it. */
  readonly write: (text: string) => Promise<void>;
  /** Cells per line: a terminal's width, `Infinity` into a pipe or a file. */
  readonly width: number;
};

/**
 * Reads the catalog and prints its lists to `out`, and what is wrong with it (every record
 * checked) to `err`, each at its own width: the lists may go into a pipe while the
 * diagnostics reach the terminal. Resolves to the exit code: 1 when the catalog could not be read.
 */
export async function printPlain(load: Loader, out: PlainStream, err: PlainStream) {
  let loaded: Awaited<ReturnType<Loader>>;
  try {
    loaded = await load(() => {});
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await quietly(err.write(`${visible(message, true)}\n`));
    return 1;
  }
  const later = loaded.check ? await loaded.check({}) : [];
  try {
    await out.write(`${catalogLines(loaded.catalog, out.width).join('\n')}\n`);
  } catch (error) {
    // A program that stops reading early (head) closed the pipe: it has what it wanted.
    if (errorCode(error) === 'EPIPE') return 0;
    // Anything else (a full disk) lost lines the user or a script counts on having.
    const reason = error instanceof Error ? error.message : String(error);
    await quietly(err.write(`The lists could not be written to standard output: ${reason}\n`));
    return 1;
  }
  const found = loadedDiagnostics(loaded.diagnostics, loaded.catalog);
  const problems = diagnosticsText([...found, ...later], err.width);
  // Standard error refusing text leaves nowhere to say so.
  if (problems) await quietly(err.write(problems));
  return 0;
}

const errorCode = (error: unknown) =>
  error instanceof Error && 'code' in error ? error.code : undefined;

const quietly = (written: Promise<void>) => written.catch(() => {});
