import type { Table } from 'mdast';
import type { Role } from '../theme.ts';
import { type Ctx, inline, type Line, lineOf, mark } from './inline-pieces.ts';
import { cells, type Piece, plainText, wrapPieces } from './pieces.ts';

/** Narrower than this, a column's words are cut into letters stacked down the column. */
const MIN_COLUMN = 6;

/** A table as one block per row, each cell after its header: for tables too wide for columns. */
function tableByRow(node: Table, rows: readonly Piece[][][], width: number): Line[] {
  const header = rows[0] ?? [];
  const out: Line[] = [];
  rows.slice(1).forEach((row, i) => {
    const rowSource = lineOf(node.children[i + 1]!, lineOf(node, 1));
    if (i > 0) out.push({ pieces: mark('─'.repeat(width), 'muted', rowSource), source: rowSource });
    header.forEach((name, c) => {
      const label = name.map((p) => ({ ...p, roles: [...p.roles, 'strong' as Role] }));
      const cell = [...label, ...mark(': ', 'strong', rowSource), ...(row[c] ?? [])];
      for (const pieces of wrapPieces(cell, width)) out.push({ pieces, source: rowSource });
    });
  });
  return out;
}

/** A table in columns fitted to `width`, or one block per row when columns cannot fit. */
export function table(node: Table, width: number, ctx: Ctx): Line[] {
  const source = lineOf(node, 1);
  const rows = node.children.map((row) => row.children.map((cell) => inline(cell, ['text'], ctx)));
  const columns = Math.max(...rows.map((r) => r.length));
  const natural = Array.from({ length: columns }, (_, c) =>
    Math.max(1, ...rows.map((r) => cells(plainText(r[c] ?? [])))),
  );
  const least = natural.reduce((sum, n) => sum + Math.min(n, MIN_COLUMN), 3 * (columns - 1));
  if (least > width && rows.length > 1) return tableByRow(node, rows, width);
  // Separators take three cells between columns; shrink wide columns until the table fits.
  const room = Math.max(columns, width - 3 * (columns - 1));
  const widths = [...natural];
  while (widths.reduce((a, b) => a + b, 0) > room) {
    const widest = widths.indexOf(Math.max(...widths));
    if (widths[widest]! <= 1) break;
    widths[widest]! -= 1;
  }
  const out: Line[] = [];
  rows.forEach((row, r) => {
    const rowSource = lineOf(node.children[r]!, source);
    const wrapped = widths.map((w, c) => wrapPieces(row[c] ?? [], w));
    const height = Math.max(...wrapped.map((w) => w.length));
    for (let i = 0; i < height; i++) {
      const pieces: Piece[] = [];
      widths.forEach((w, c) => {
        if (c) pieces.push(...mark(' │ ', 'muted', rowSource));
        const cellLine = (wrapped[c]![i] ?? []).map((p) =>
          r === 0 ? { ...p, roles: [...p.roles, 'strong' as Role] } : p,
        );
        const pad = w - cells(plainText(cellLine));
        const align = node.align?.[c];
        const left = align === 'right' ? pad : align === 'center' ? Math.floor(pad / 2) : 0;
        if (left > 0) pieces.push(...mark(' '.repeat(left), 'text', rowSource));
        pieces.push(...cellLine);
        if (pad - left > 0 && c < columns - 1) {
          pieces.push(...mark(' '.repeat(pad - left), 'text', rowSource));
        }
      });
      out.push({ pieces, source: rowSource });
    }
    if (r === 0) {
      const rule = widths.map((w) => '─'.repeat(w)).join('─┼─');
      out.push({ pieces: mark(rule, 'muted', rowSource), source: rowSource });
    }
  });
  return out;
}
