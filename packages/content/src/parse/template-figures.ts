import { destination, escapeText, layOut } from './markdown-write.ts';
import { type Argument, tagArguments } from './tag-arguments.ts';
import { URL_LIKE } from './template-embeds.ts';
import { tagParts } from './template-tag-parts.ts';

// Hugo's `figure` shortcode with a caption, as Hugo renders it: the picture (in a link when it
// has `link`), then a caption of its `title`, its `caption` and its `attr` (linked to
// `attrlink`). Each word of the caption is written where the tag has it, so a talk or a speaker
// named in a caption keeps its line and column; the picture goes where it fits.

/** A tag written as Markdown: its text (the tag's length), the definitions it refers to, and
 * where its caption is (offsets in the tag, end exclusive). */
export interface WrittenFigure {
  readonly text: string;
  readonly definitions: readonly string[];
  readonly captions: readonly (readonly [number, number])[];
}

/**
 * The named arguments of a shortcode with where each value is; undefined when one is not named
 * `name="value"` (Hugo's only form), or when the tag holds more than its arguments.
 */
function namedArguments(tag: string, args: string): Map<string, Argument> | undefined {
  const read = tagArguments(args, tag.lastIndexOf(args));
  return read.whole && !read.colon && read.positional.length === 0 ? read.named : undefined;
}

/**
 * A Hugo `figure` shortcode that has a caption (`caption`, `title` or `attr`), written as
 * Markdown over the tag; undefined for any other tag, or when it does not fit (the tag is then
 * read as a picture alone, see `templateEmbed`). `label(n)` names the n-th definition the
 * Markdown refers to, when the picture's Markdown is too long for its place.
 * @example figureMarkdown('{{< figure src="/a.jpg" caption="Day one" >}}', (n) => `#${n}`, -1)?.text
 * // '![](/a.jpg)                      Day one     '
 */
export function figureMarkdown(
  tag: string,
  label: (n: number) => string,
  indent: number,
): WrittenFigure | undefined {
  const parts = tagParts(tag);
  if (parts?.name !== 'figure' || !/^\{\{-?\s*[<%]/.test(tag)) return undefined;
  const args = namedArguments(tag, parts.args);
  const src = args?.get('src')?.value;
  if (!args || !src || !URL_LIKE.test(src)) return undefined;
  // The caption's words as the source has them: Hugo reads them as Markdown.
  const word = (key: string) => {
    const found = args.get(key);
    return found && found.value.trim() !== '' ? found : undefined;
  };
  const title = word('title');
  const caption = word('caption');
  const attr = word('attr');
  if (!title && !caption && !attr) return undefined;
  const raw = (a: Argument) => tag.slice(a.start, a.end);
  const link = args.get('link')?.value;
  const attrLink = args.get('attrlink')?.value;
  // Hugo's alt falls back on the caption; here the caption is beside the picture already.
  const alt = escapeText(args.get('alt')?.value ?? '');

  const pieces = (
    definitions: string[],
    refImage: boolean,
    attrForm: 'inline' | 'reference' | 'plain',
  ) => {
    const define = (url: string) => {
      definitions.push(`[${label(definitions.length + 1)}]: ${destination(url)}`);
      return label(definitions.length);
    };
    const image = refImage ? `![${alt}][${define(src)}]` : `![${alt}](${destination(src)})`;
    const linked =
      link && URL_LIKE.test(link)
        ? refImage
          ? `[${image}][${define(link)}]`
          : `[${image}](${destination(link)})`
        : image;
    const words: { text: string; at: number; caption: readonly [number, number] }[] = [];
    const add = (text: string, at: number, from: number, to: number) =>
      words.push({ text, at, caption: [from, to] });
    if (title) add(`**${raw(title)}**`, title.start - 2, title.start - 2, title.end + 2);
    if (caption) add(raw(caption), caption.start, caption.start, caption.end);
    if (attr) {
      const ok = attrLink && URL_LIKE.test(attrLink) && attrForm !== 'plain';
      const text = !ok
        ? raw(attr)
        : attrForm === 'inline'
          ? `[${raw(attr)}](${destination(attrLink)})`
          : `[${raw(attr)}][${define(attrLink)}]`;
      add(text, ok ? attr.start - 1 : attr.start, attr.start - 1, attr.start - 1 + text.length);
    }
    words.sort((a, b) => a.at - b.at);
    return { picture: { text: linked }, words };
  };

  for (const attrForm of ['inline', 'reference', 'plain'] as const)
    for (const refImage of [false, true])
      for (const first of [true, false]) {
        const definitions: string[] = [];
        const { picture, words } = pieces(definitions, refImage, attrForm);
        const order = first ? [picture, ...words] : [...words, picture];
        const text = layOut(tag, order, indent);
        if (text !== undefined) return { text, definitions, captions: words.map((w) => w.caption) };
      }
  return undefined;
}
