import type { Heading } from '@confnotes/content';
import { html } from './html.ts';
import { outlineDepths } from './outline.ts';

/** A heading of a post's table of contents, with the headings of its section under it. */
export interface TocEntry {
  readonly heading: Heading;
  readonly entries: TocEntry[];
}

/**
 * A post's headings as the outline its table of contents shows: each under the last heading
 * written higher than it, as `headingsUnder` places it on the page (see `outlineDepths`). A flat list put a section's
 * subsections beside it, as sections of their own.
 */
export function tocEntries(headings: readonly Heading[]): TocEntry[] {
  const depths = outlineDepths(headings.map((heading) => heading.depth));
  const top: TocEntry[] = [];
  // The last entry at each depth, which the next entry one deeper goes under.
  const last: TocEntry[] = [];
  headings.forEach((heading, i) => {
    const depth = depths[i]!;
    const entry: TocEntry = { heading, entries: [] };
    (depth > 1 ? last[depth - 2]!.entries : top).push(entry);
    last[depth - 1] = entry;
  });
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
