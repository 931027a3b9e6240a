import type { Root } from 'mdast';
import { type FigureSpan, markFigures } from './figures.ts';
import { destination, escapeText, titled } from './markdown-write.ts';
import { walk } from './mdast.ts';
import { blockTags } from './template-blocks.ts';
import { type TemplateEmbed, templateEmbed } from './template-embeds.ts';
import { figureMarkdown } from './template-figures.ts';
import type { TemplateTag } from './template-tags.ts';

// A tag that stands for a picture or a link is written over with that Markdown, padded with
// spaces to the tag's length, so every offset, line and column after it stays where the writer
// sees it. When the Markdown is longer than the tag's first line, the tag becomes a reference
// (`![alt][#1]`) whose definition goes after the body, where it moves nothing.

type Linking = Exclude<TemplateEmbed, { kind: 'address' }>;

function opening(embed: Linking): string {
  return embed.kind === 'image' ? `![${escapeText(embed.alt)}]` : `[${escapeText(embed.text)}]`;
}

// An address is written bare, as the engine writes its URL: the tag sits where a link's
// destination goes, inside the writer's own `[text](…)`.
const inline = (embed: TemplateEmbed) =>
  embed.kind === 'address'
    ? destination(embed.url)
    : `${opening(embed)}(${destination(embed.url)}${titled(embed.kind === 'image' ? embed.title : undefined)})`;

/** A label prefix the body uses nowhere, so no definition of the writer's is taken. */
function labelPrefix(body: string): string {
  // ASCII: the Markdown engine finds a definition of a label of other characters in time that
  // grows with the number of definitions, and a body of ten thousand embeds took seconds. A
  // label is read with its spaces trimmed (`[ #1]` is `[#1]`).
  let prefix = '#';
  while (new RegExp(`\\[\\s*${prefix}`).test(body)) prefix += '#';
  return prefix;
}

/** The columns before a span that starts its line (tabs to the next stop of 4); -1 if text is. */
function indentOf(body: string, start: number): number {
  // Back over spaces and tabs only, not to the line's start: a long line of many tags is read
  // once, not once per tag.
  let lineStart = start;
  while (lineStart > 0 && (body[lineStart - 1] === ' ' || body[lineStart - 1] === '\t'))
    lineStart--;
  if (lineStart > 0 && body[lineStart - 1] !== '\n' && body[lineStart - 1] !== '\r') return -1;
  let columns = 0;
  for (const c of body.slice(lineStart, start))
    columns = c === '\t' ? columns + 4 - (columns % 4) : columns + 1;
  return columns;
}

/**
 * A tag left out: spaces, its line breaks kept. Where those spaces would indent the words after
 * it on its line four columns or more (`{% include x %} Then Ann spoke.` at a line's start),
 * they would be read as a code block: the first is written as a space's character reference,
 * which Markdown reads as text, not as indentation.
 */
function blanked(body: string, tag: TemplateTag): string {
  const spaces = tag.value.replace(/[^\n]/g, ' ');
  const lastBreak = tag.value.lastIndexOf('\n');
  const lastLine = lastBreak === -1 ? 0 : lastBreak + 1;
  const indent = lastBreak === -1 ? indentOf(body, tag.start) : 0;
  const columns = indent + tag.value.length - lastLine;
  if (indent < 0 || columns < 4 || tag.value.length - lastLine < 5) return spaces;
  // Only a tag that starts its line gets here: its line's rest is read once.
  const lineEnd = body.indexOf('\n', tag.end);
  if (body.slice(tag.end, lineEnd === -1 ? body.length : lineEnd).trim() === '') return spaces;
  return `${spaces.slice(0, lastLine)}&#32;${spaces.slice(lastLine + 5)}`;
}

/** The tag written over with `text`, padded to its length with its line breaks kept. */
function over(tag: TemplateTag, text: string): string | undefined {
  const firstLine = tag.value.split('\n', 1)[0]!;
  if (text.length > firstLine.length) return undefined;
  return text + tag.value.slice(text.length).replace(/[^\n]/g, ' ');
}

/**
 * The body with each tag that `templateEmbed` reads written as its Markdown, the tags of code
 * blocks and `raw` as `blockTags` writes them, and every other tag blanked out
 * (`blankTemplateTags`); `left` are the tags blanked. `parse` reads Markdown:
 * a reference whose definition it does not find (the body ends inside a code block, say) is
 * blanked too.
 * @example writeTemplateTags('{{< youtube abc >}}', tags, parse).markdown // '[Video][#1] …'
 */
export function writeTemplateTags(
  body: string,
  tags: readonly TemplateTag[],
  parse: (markdown: string) => Root,
): { markdown: string; tree: Root; left: TemplateTag[] } {
  const prefix = labelPrefix(body);
  const written: (string | undefined)[] = [];
  const definitions: string[] = [];
  // Code blocks and `raw` first: the tags inside them are text, not pictures to write.
  const blocks = blockTags(body, tags);
  const referenced = new Set<number>();
  const figures = new Map<number, FigureSpan>();
  for (const [k, tag] of tags.entries()) {
    const block = blocks.get(k);
    if (block !== undefined) {
      written.push(block);
      continue;
    }
    const figure = tag.inHtml
      ? undefined
      : (tag.figure ?? figureMarkdown)(
          tag.value,
          (n) => `${prefix}${definitions.length + n}`,
          indentOf(body, tag.start),
        );
    if (figure) {
      written.push(figure.text);
      if (figure.definitions.length > 0) referenced.add(k);
      definitions.push(...figure.definitions);
      if (figure.captions.length > 0)
        figures.set(k, {
          start: tag.start,
          end: tag.end,
          captions: figure.captions.map(([s, e]) => [tag.start + s, tag.start + e] as const),
        });
      continue;
    }
    const embed = tag.embed ?? (tag.inHtml ? undefined : templateEmbed(tag.value));
    if (!embed) {
      written.push(undefined);
      continue;
    }
    const direct = over(tag, inline(embed));
    if (direct !== undefined || embed.kind === 'address') {
      written.push(direct);
      continue;
    }
    const label = `${prefix}${definitions.length + 1}`;
    // A link too long for its place even by reference is named shorter ("Video").
    const reference =
      over(tag, `${opening(embed)}[${label}]`) ??
      (embed.kind === 'link' && embed.short
        ? over(tag, `${opening({ ...embed, text: embed.short })}[${label}]`)
        : undefined);
    if (reference !== undefined) {
      referenced.add(k);
      definitions.push(
        `[${label}]: ${destination(embed.url)}${titled(embed.kind === 'image' ? embed.title : undefined)}`,
      );
    }
    written.push(reference);
  }
  const compose = (use: (k: number) => string | undefined) => {
    const left = tags.filter((_, k) => use(k) === undefined);
    let out = '';
    let from = 0;
    tags.forEach((tag, k) => {
      out += body.slice(from, tag.start) + (use(k) ?? blanked(body, tag));
      from = tag.end;
    });
    out += body.slice(from);
    return { out, left };
  };
  const parsed = (markdown: string, use: (k: number) => boolean) => {
    const tree = parse(markdown);
    markFigures(
      tree,
      [...figures].flatMap(([k, span]) => (use(k) ? [span] : [])),
    );
    return tree;
  };
  const first = compose((k) => written[k]);
  if (definitions.length === 0)
    return { markdown: first.out, tree: parsed(first.out, () => true), left: first.left };
  const markdown = `${first.out}\n\n${definitions.join('\n')}\n`;
  const tree = parsed(markdown, () => true);
  const defined = new Set<string>();
  walk(tree, (node) => {
    if (node.type === 'definition') defined.add(node.label ?? '');
  });
  if (definitions.every((_, d) => defined.has(`${prefix}${d + 1}`)))
    return { markdown, tree, left: first.left };
  // The definitions were not read as such: the tags that needed them are left out after all.
  const second = compose((k) => (referenced.has(k) ? undefined : written[k]));
  return {
    markdown: second.out,
    tree: parsed(second.out, (k) => !referenced.has(k)),
    left: second.left,
  };
}
