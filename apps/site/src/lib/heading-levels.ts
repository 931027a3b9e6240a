// Posts are written for a page of their own: some start their sections at `#`, which would give
// the page a second h1, and some at `###`, which skips a level under the title. Authors also pick
// a level for its size (`##` then `####`), which skips one inside the post: a screen reader's list
// of headings then tells of a level that is not there. The post page moves the post's headings so
// its highest is an h2 and each is at most one level below the heading it belongs to, keeping
// which sections hold which.
import { outlineDepths } from './outline.ts';

const tag = /<(\/?)h([1-6])(?=[\s>])/g;

/** The post's HTML with its highest heading at `top` and the others below it, at most h6. */
export function headingsUnder(html: string, top = 2): string {
  const depths = outlineDepths(
    [...html.matchAll(tag)].filter((m) => !m[1]).map((m) => Number(m[2])),
  );
  // A closing tag takes the level of the heading it closes, the last one opened.
  let opened = -1;
  return html.replace(tag, (_, close: string) => {
    if (!close) opened++;
    return `<${close}h${Math.min(6, top - 1 + (depths[opened] ?? 1))}`;
  });
}
