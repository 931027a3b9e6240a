// Posts are written for a page of their own: some start their sections at `#`, which would give
// the page a second h1, and some at `###`, which skips a level under the title. Authors also pick
// a level for its size (`##` then `####`), which skips one inside the post: a screen reader's list
// of headings then tells of a level that is not there. The post page moves the post's headings so
// its highest is an h2 and each is at most one level below the heading it belongs to, keeping
// which sections hold which.

const tag = /<(\/?)h([1-6])(?=[\s>])/g;

/** The post's HTML with its highest heading at `top` and the others below it, at most h6. */
export function headingsUnder(html: string, top = 2): string {
  // The levels written of the headings open around the current one, each with the level it is
  // given: a heading belongs to the last one written higher than it.
  const open: { written: number; given: number }[] = [];
  let closing: number | undefined;
  return html.replace(tag, (_, close: string, level: string) => {
    const written = Number(level);
    if (close) return `</h${closing ?? written}`;
    while (open.length > 0 && open.at(-1)!.written >= written) open.pop();
    const given = Math.min(6, (open.at(-1)?.given ?? top - 1) + 1);
    open.push({ written, given });
    closing = given;
    return `<h${given}`;
  });
}
