// Posts are written for a page of their own: some start their sections at `#`, which would give
// the page a second h1, and some at `###`, which skips a level under the title. The post page
// moves the post's headings, keeping their relative levels, so its highest is an h2.

const tag = /<(\/?)h([1-6])(?=[\s>])/g;

/** The post's HTML with its highest heading at `top` and the others below it, at most h6. */
export function headingsUnder(html: string, top = 2): string {
  let highest = 7;
  for (const m of html.matchAll(tag)) highest = Math.min(highest, Number(m[2]));
  if (highest === 7 || highest === top) return html;
  const shift = top - highest;
  return html.replace(
    tag,
    (_, close: string, level: string) => `<${close}h${Math.min(6, Number(level) + shift)}`,
  );
}
