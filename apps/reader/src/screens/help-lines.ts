import { BINDINGS, type Context } from '../keys.ts';

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
  input: 'Typing a filter or a search',
};

const ORDER: readonly Context[] = ['global', 'list', 'scroll', 'pager', 'record', 'input'];

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

export function helpLineCount(_width: number): number {
  return helpLines().length;
}
