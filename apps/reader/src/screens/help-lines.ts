import { BINDINGS, type Context } from '../keys.ts';
import { wrapText } from '../render/wrap-text.ts';

// The help screen's content, made from the key table itself.

export type HelpLine = {
  readonly heading?: string;
  readonly keys?: string;
  readonly help?: string;
};

const TITLES: Record<Context, string> = {
  global: 'Everywhere',
  list: 'Lists',
  scroll: 'Moving (lists, articles, help)',
  pager: 'Articles',
  record: 'Talks, speakers and events',
  find: 'Words found in every post (F)',
  input: 'Typing a filter or a search',
};

const ORDER: readonly Context[] = ['global', 'list', 'scroll', 'pager', 'record', 'find', 'input'];

export function helpLines(): HelpLine[] {
  const lines: HelpLine[] = [];
  for (const context of ORDER) {
    if (lines.length) lines.push({});
    lines.push({ heading: TITLES[context] });
    for (const b of BINDINGS.filter((x) => x.context === context)) {
      lines.push({ keys: b.keys.join(', '), help: b.help });
    }
  }
  return lines;
}

/** Width of the key column: the longest key label, so no description runs into its keys. */
export function helpKeyWidth(lines: readonly HelpLine[] = helpLines()): number {
  return Math.max(0, ...lines.map((line) => line.keys?.length ?? 0));
}

/** A row of the help screen as shown: a heading, or key labels and a description side by side. */
export type HelpRow = {
  readonly heading?: string;
  /** Key labels, empty on the rows a description continues on. */
  readonly keys?: string;
  readonly help?: string;
  /** Cells from the left edge to the description. */
  readonly helpAt?: number;
};

/** Narrower than this, a description goes under its keys instead of beside them. */
const MIN_HELP_WIDTH = 16;

/**
 * The help screen laid out `width` cells wide: descriptions wrap in their column rather than
 * being cut, and on a narrow terminal go on the rows under their keys.
 */
export function helpRows(width: number): HelpRow[] {
  const lines = helpLines();
  // Two spaces of indent, the longest key label, two spaces before the description.
  const beside = helpKeyWidth(lines) + 4;
  const rows: HelpRow[] = [];
  for (const line of lines) {
    if (line.keys === undefined) {
      rows.push(line);
      continue;
    }
    if (width - beside >= MIN_HELP_WIDTH) {
      wrapText(line.help ?? '', width - beside).forEach((help, i) => {
        rows.push({ keys: i ? '' : line.keys, help, helpAt: beside });
      });
      continue;
    }
    for (const keys of wrapText(line.keys, width - 2)) rows.push({ keys, help: '', helpAt: 2 });
    for (const help of wrapText(line.help ?? '', width - 4))
      rows.push({ keys: '', help, helpAt: 4 });
  }
  return rows;
}

export function helpLineCount(width: number): number {
  return helpRows(width).length;
}
