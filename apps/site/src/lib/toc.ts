import type { Heading } from '@confnotes/content';
import { html } from './html.ts';

/** A heading of a post's table of contents, with the headings of its section under it. */
export interface TocEntry {
  readonly heading: Heading;
  readonly entries: TocEntry[];
}

/**
 * A post's headings as the outline its table of contents shows: each under the last heading
 * written higher than it, as `headingsUnder` places it on the page. A flat list put a section's
 * subsections beside it, as sections of their own.
 */
export function tocEntries(headings: readonly Heading[]): TocEntry[] {
  const top: TocEntry[] = [];
  const open: TocEntry[] = [];
  for (const heading of headings) {
    while (open.length > 0 && open.at(-1)!.heading.depth >= heading.depth) open.pop();
    const entry: TocEntry = { heading, entries: [] };
    (open.at(-1)?.entries ?? top).push(entry);
    open.push(entry);
  }
  return top;
}

/** The `<li>` items of a table of contents, a section's subsections in a list of their own. */
export function tocItems(entries: readonly TocEntry[]): string {
  return entries
    .map(({ heading, entries: under }) => {
      const link = `<a href="#${html(heading.anchor)}">${html(heading.text)}</a>`;
      return `<li>${link}${under.length > 0 ? `<ol>${tocItems(under)}</ol>` : ''}</li>`;
    })
    .join('');
}
