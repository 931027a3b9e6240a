import type { Root } from 'mdast';
import { forwardSearch } from './forward-search.ts';
import { walk } from './mdast.ts';
import type { TemplateEmbed } from './template-embeds.ts';
import type { figureMarkdown } from './template-figures.ts';

// Tags that other site engines expand and Markdown shows verbatim: Liquid/Jinja `{% ... %}`,
// Hugo shortcodes `{{< ... >}}` and `{{% ... %}}`, and expressions `{{ ... }}`. Each tag ends
// at the first closer after its opener, within its paragraph: an opener whose closer is past a
// blank line never closed (`{% img a.png)`), and taking the closer of a later tag would leave
// out every paragraph between. The closers are searched with remembered answers (openers only
// move forward), so a text of ten thousand `{%` that never close stays linear, where a lazy
// regular expression would rescan to the end from every opener.
// An opener that names a tag (`{% img`, `{{< figure`) but never closes: undefined `end`.
function* tagSpans(body: string): Generator<[start: number, end: number | undefined]> {
  const finder = (pattern: RegExp) => forwardSearch(body, pattern);
  const percent = finder(/%\}/g);
  const shortcode = finder(/[>%]\}\}/g);
  const braces = finder(/\}\}/g);
  const blank = finder(/\n[ \t]*\r?\n/g);
  const opener = /\{[%{]/g;
  for (let m = opener.exec(body); m; m = opener.exec(body)) {
    const i = m.index;
    let end = -1;
    if (body[i + 1] === '%') {
      const c = percent(i + 2);
      if (c !== -1) end = c + 2;
    } else {
      const c = body[i + 2] === '<' || body[i + 2] === '%' ? shortcode(i + 3) : -1;
      if (c !== -1) end = c + 3;
      else {
        const b = braces(i + 2);
        if (b !== -1) end = b + 2;
      }
    }
    const paragraphEnd = blank(i);
    if (end !== -1 && paragraphEnd !== -1 && paragraphEnd < end) end = -1;
    if (end === -1) {
      if (NAMED_OPENER.test(body.slice(i, i + 40))) yield [i, undefined];
      opener.lastIndex = i + 1;
    } else {
      yield [i, end];
      opener.lastIndex = end;
    }
  }
}

// `{% name`, `{%- name`, `{{< name`, `{{% name`: what only a template tag begins with. A bare
// `{{` is as likely prose or code.
const NAMED_OPENER = /^\{(?:%-?|\{-?\s*[<%])\s*\/?[A-Za-z_]/;

/** A template tag in a body: its text and its offsets (end exclusive). */
export interface TemplateTag {
  readonly value: string;
  readonly start: number;
  readonly end: number;
  /** Inside a block of raw HTML, where Markdown written in its place would show as written. */
  readonly inHtml?: boolean;
  /** What the span stands for when it is known already (a recording, a WordPress shortcode). */
  readonly embed?: TemplateEmbed;
  /** How the span is written as a figure with its caption, when it is one (see `figureMarkdown`). */
  readonly figure?: typeof figureMarkdown;
}

/**
 * Template tags of a body outside code (code blocks and inline code show them on purpose).
 * Openers of tags that never close are put in `unclosed` when given (their `value` is the
 * opener's line), and are left as text.
 * @example findTemplateTags('a {% img x.png %}', parseMarkdown('a {% img x.png %}')).length === 1
 */
export function findTemplateTags(
  body: string,
  tree: Root,
  unclosed?: TemplateTag[],
): TemplateTag[] {
  if (!body.includes('{%') && !body.includes('{{')) return [];
  const code: [number, number][] = [];
  const html: [number, number][] = [];
  walk(tree, (node) => {
    if ((node.type === 'code' || node.type === 'inlineCode') && node.position) {
      code.push([node.position.start.offset!, node.position.end.offset!]);
    } else if (node.type === 'html' && node.position) {
      html.push([node.position.start.offset!, node.position.end.offset!]);
    }
  });
  // Code spans, HTML and tags all come in document order: one merge pass, not a search per tag.
  const tags: TemplateTag[] = [];
  let k = 0;
  let h = 0;
  for (const [start, end] of tagSpans(body)) {
    while (k < code.length && code[k]![1] <= start) k++;
    while (h < html.length && html[h]![1] <= start) h++;
    const inCode = k < code.length && start >= code[k]![0];
    const inHtml = h < html.length && start >= html[h]![0];
    if (inCode) continue;
    if (end === undefined) {
      const eol = body.indexOf('\n', start);
      const line = body.slice(start, eol === -1 ? undefined : eol).trimEnd();
      unclosed?.push({ value: line, start, end: start + line.length });
    } else tags.push({ value: body.slice(start, end), start, end, ...(inHtml ? { inHtml } : {}) });
  }
  return tags;
}

/**
 * Replaces each tag with spaces (newlines kept), so the body parses as if the tag were not
 * there while every offset, line and column stays where the writer sees it.
 * @example blankTemplateTags('a {{ x }} b', [{ value: '{{ x }}', start: 2, end: 9 }]) === 'a         b'
 */
export function blankTemplateTags(body: string, tags: readonly TemplateTag[]): string {
  let out = '';
  let from = 0;
  for (const t of tags) {
    out += body.slice(from, t.start) + t.value.replace(/[^\n]/g, ' ');
    from = t.end;
  }
  return out + body.slice(from);
}

/**
 * Template tags and other spans to write over (recordings, shortcodes) in one list in document
 * order; a span that overlaps a tag is left out, the tag read as before.
 * @example withSpans([tagAt(0, 5)], [spanAt(3, 9), spanAt(10, 12)]) // [tagAt(0, 5), spanAt(10, 12)]
 */
export function withSpans(
  tags: readonly TemplateTag[],
  spans: readonly TemplateTag[],
): TemplateTag[] {
  if (spans.length === 0) return tags as TemplateTag[];
  const out: TemplateTag[] = [];
  let t = 0;
  for (const span of spans) {
    while (t < tags.length && tags[t]!.end <= span.start) out.push(tags[t++]!);
    const next = tags[t];
    if (next && next.start < span.end) continue;
    if (out.length > 0 && out.at(-1)!.end > span.start) continue;
    out.push(span);
  }
  while (t < tags.length) out.push(tags[t++]!);
  return out;
}
