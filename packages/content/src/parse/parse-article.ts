import type { Heading, Root } from 'mdast';
import type { Diagnostic } from '../schema/diagnostic.ts';
import type { Post } from '../schema/post.ts';
import { headings } from './anchors.ts';
import { appendAll } from './append-all.ts';
import { checkArticleArguments } from './article-arguments.ts';
import { bodySpans } from './body-spans.ts';
import { commentInValues, readsAsYaml } from './comment-in-value.ts';
import { diagnostic } from './diagnostic-codes.ts';
import { excerpt } from './excerpt.ts';
import { splitFrontMatter } from './front-matter-block.ts';
import { type FrontMatterData, parseFrontMatter } from './front-matter-parse.ts';
import { explicitHeadingIds } from './heading-ids.ts';
import { links } from './links.ts';
import { malformedLinks } from './malformed-links.ts';
import { parseMarkdown } from './mdast.ts';
import { isMdx, mdxComments, mdxEsmBlocks } from './mdx-esm.ts';
import { missingTitle } from './missing-title.ts';
import {
  MAX_LINE_NESTING,
  MAX_TREE_DEPTH,
  type TooDeep,
  tooDeepLine,
  tooDeepNode,
} from './nesting.ts';
import { normalizeFields } from './normalize-fields.ts';
import { plainText, textLength } from './plain-text.ts';
import { fileNameDate, fileNameTitle, inDraftsFolder, postId } from './post-id.ts';
import { renderHtml } from './render-html.ts';
import { LineIndex, readSourceText, type SourceText } from './source-text.ts';
import { writeTemplateTags } from './template-markdown.ts';
import { blankTemplateTags, type TemplateTag } from './template-tags.ts';
import { headingTitle, titleHeading } from './title-heading.ts';
import { truncateMarkers } from './truncate-marker.ts';
import { unwrapWikiLinks } from './wiki-links.ts';

/** A parsed article: the post (absent when the article has errors), its body tree, findings. */
export interface ParsedArticle {
  post?: Post;
  /**
   * mdast root of the BODY (template tags blanked out). Positions are body-relative:
   * file line = line + post.source.bodyLine - 1; columns are file columns.
   */
  tree?: Root;
  diagnostics: Diagnostic[];
}

const WORDS_PER_MINUTE = 200;
// Chinese and Japanese are read a character at a time, faster than words: some 400 a minute
// for a text of ordinary difficulty.
const CJK_CHARACTERS_PER_MINUTE = 400;

function tooDeep(at: TooDeep, bodyLine: number, path: string): Diagnostic {
  const what =
    at.kind === 'line'
      ? `more than ${MAX_LINE_NESTING} lists or quotes on one line`
      : `more than ${MAX_TREE_DEPTH} levels of lists, quotes, emphasis, links or HTML elements`;
  return diagnostic('too-deeply-nested', `${what}; confnotes reads no deeper`, path, {
    line: at.line + bodyLine - 1,
    column: at.column,
  });
}

/** Warnings about how the text was read: Latin-1 instead of UTF-8, NUL characters. */
function sourceFindings(read: SourceText, path: string): Diagnostic[] {
  const found: Diagnostic[] = [];
  if (read.encoding === 'windows-1252')
    found.push(diagnostic('decoded-as-latin-1', '', path, { line: 1, column: 1 }));
  if (read.nulAt !== undefined)
    found.push(
      diagnostic('nul-character', '', path, new LineIndex(read.text).position(read.nulAt)),
    );
  if (read.control) {
    const { at, code } = read.control;
    const named = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    found.push(diagnostic('control-character', named, path, new LineIndex(read.text).position(at)));
  }
  return found;
}

/** Where the post's own teaser separator (Jekyll's `excerpt_separator`) is in the body. */
function separatorAt(markdown: string, separator: unknown): number | undefined {
  const at = typeof separator === 'string' && separator.trim() ? markdown.indexOf(separator) : -1;
  return at < 0 ? undefined : at;
}

const byPosition = (a: Diagnostic, b: Diagnostic) => a.line - b.line || a.column - b.column;

/** Whether the front matter names a title, even one left empty. */
function hasTitleKey(frontMatter: FrontMatterData): boolean {
  return Object.keys(frontMatter.data).some((key) => key.toLowerCase() === 'title');
}

/**
 * The body without its first block, `heading`: the tree without it, and the Markdown with its
 * characters blanked (line breaks kept), so every other node keeps its offsets for the renderer
 * that parses the Markdown again.
 */
function withoutHeading(markdown: string, tree: Root, heading: Heading) {
  const start = heading.position!.start.offset!;
  const end = heading.position!.end.offset!;
  const blank = markdown.slice(start, end).replace(/[^\n]/g, ' ');
  return {
    markdown: markdown.slice(0, start) + blank + markdown.slice(end),
    tree: { ...tree, children: tree.children.slice(1) },
  };
}

/**
 * Parses one article file into a post and its Markdown tree. Never throws on bad content:
 * everything wrong is a diagnostic, and a post is returned whenever there is no error. Only
 * arguments of the wrong type (a `source` neither a string nor bytes, a `path` not a string)
 * throw, a TypeError that names the argument.
 * `path` is relative to the content directory and is the `file` of every diagnostic.
 * @example
 * const { post, tree } = parseArticle('---\ntitle: Day two\n---\nHello\n', 'posts/day-two.md');
 * post?.title === 'Day two'; tree?.children[0]?.type === 'paragraph';
 */
export function parseArticle(source: string | Uint8Array, path: string): ParsedArticle {
  checkArticleArguments(source, path);
  const read = readSourceText(source);
  if ('problem' in read) {
    const { code, detail, line, column } = read.problem;
    return { diagnostics: [diagnostic(code, detail, path, { line, column })] };
  }
  const { text, digest } = read;
  const block = splitFrontMatter(text);
  const parsed = parseFrontMatter(block, path);
  const diagnostics = [...parsed.diagnostics, ...sourceFindings(read, path)];
  const body = text.slice(block.bodyOffset);
  const bodyLine = block.bodyLine;
  // Lines are counted only for a finding to place: most articles have none.
  let lines: LineIndex | undefined;
  const index = {
    position: (offset: number) => {
      lines ??= new LineIndex(body);
      return lines.position(offset);
    },
  };

  // The Markdown engine takes quadratic time on containers opened on one line, and the tree
  // walks below recurse: refuse absurd nesting before either runs.
  const deepLine = tooDeepLine(body);
  if (deepLine) return { diagnostics: [...diagnostics, tooDeep(deepLine, bodyLine, path)] };
  let markdown = body;
  let tree = parseMarkdown(body);
  const deepNode = tooDeepNode(tree);
  if (deepNode) return { diagnostics: [...diagnostics, tooDeep(deepNode, bodyLine, path)] };
  const truncate = truncateMarkers(markdown, tree);
  const blocks = isMdx(path) ? [...mdxEsmBlocks(markdown, tree), ...truncate] : truncate;
  // A comment within a block hidden whole is hidden with it.
  const comments = isMdx(path)
    ? mdxComments(markdown, tree).filter(
        (c) => !blocks.some((b) => c.start < b.end && b.start < c.end),
      )
    : [];
  if (blocks.length > 0 || comments.length > 0) {
    const hidden = [...blocks, ...comments].sort((a, b) => a.start - b.start);
    markdown = blankTemplateTags(markdown, hidden);
    tree = parseMarkdown(markdown);
  }
  const unclosed: TemplateTag[] = [];
  const tags = bodySpans(markdown, tree, unclosed);
  const place = (tag: TemplateTag) => {
    const at = index.position(tag.start);
    const end = index.position(tag.end);
    return {
      line: at.line + bodyLine - 1,
      column: at.column,
      endLine: end.line + bodyLine - 1,
      endColumn: end.column,
    };
  };
  const quoted = (tag: TemplateTag) =>
    `\`${(tag.value.length > 60 ? `${tag.value.slice(0, 57)}...` : tag.value).replace(/\s+/g, ' ')}\``;
  for (const tag of unclosed)
    diagnostics.push(diagnostic('unclosed-template-tag', quoted(tag), path, place(tag)));
  if (tags.length > 0) {
    // Parse again with the pictures and embeds written as Markdown and the other tags left
    // out, so they are neither text nor HTML nor stray links.
    const written = writeTemplateTags(markdown, tags, parseMarkdown);
    markdown = written.markdown;
    tree = written.tree;
    for (const tag of written.left)
      diagnostics.push(diagnostic('template-tag', quoted(tag), path, place(tag)));
  }
  unwrapWikiLinks(tree, markdown);
  appendAll(diagnostics, malformedLinks(markdown, tree, index, bodyLine, path));
  if (!parsed.frontMatter) return { tree, diagnostics: diagnostics.sort(byPosition) };

  // Jekyll, whose posts are named by their date, reads a tags string as space-separated.
  const spaceSeparatedLists = block.format === 'yaml' && fileNameDate(path) !== undefined;
  const { fields, diagnostics: fieldDiagnostics } = normalizeFields(parsed.frontMatter, path, {
    spaceSeparatedLists,
    semicolonSeparatedLists: block.format === 'pelican',
  });
  appendAll(diagnostics, fieldDiagnostics);
  if (readsAsYaml(block.format)) appendAll(diagnostics, commentInValues(parsed.frontMatter, path));
  const lead = titleHeading(tree, fields.title);
  let title = fields.title ?? (lead ? headingTitle(lead) : undefined);
  // A dated post whose front matter has no title key is titled from its name, as Jekyll does; a
  // key left empty (or cut by a YAML comment) is a mistake to report, not to fill in.
  const named =
    title || block.format === 'none' || hasTitleKey(parsed.frontMatter)
      ? undefined
      : fileNameTitle(path);
  if (named) {
    title = named;
    diagnostics.push(
      diagnostic('title-from-file-name', `"${named}"`, path, { line: 1, column: 1 }),
    );
  } else if (!title) diagnostics.push(missingTitle(block, text, parsed.frontMatter, path));
  diagnostics.sort(byPosition);
  if (!title || diagnostics.some((d) => d.severity === 'error')) return { tree, diagnostics };

  // Pages show the title above the body, so the heading that gives or repeats it is left out of
  // what is shown and read (HTML, text, contents, excerpt); talks are still looked for in it.
  const unled = lead ? withoutHeading(markdown, tree, lead) : { markdown, tree };
  const own = explicitHeadingIds(unled.tree, unled.markdown);
  const shown = { tree: unled.tree, markdown: own.markdown };
  const heads = headings(shown.tree, own.ids);
  const plain = plainText(shown.tree);
  const { words: wordCount, cjk } = textLength(plain);
  const date = fields.date ?? fileNameDate(path);
  const post: Post = {
    id: postId(path, fields.slug),
    title,
    ...(fields.subtitle ? { subtitle: fields.subtitle } : {}),
    ...(date ? { date } : {}),
    ...(fields.updated ? { updated: fields.updated } : {}),
    ...(fields.author ? { author: fields.author } : {}),
    ...(fields.authors ? { authors: fields.authors } : {}),
    tags: fields.tags,
    categories: fields.categories,
    ...(fields.description ? { description: fields.description } : {}),
    ...(fields.image ? { image: fields.image } : {}),
    ...(fields.lang ? { lang: fields.lang } : {}),
    draft: fields.draft || inDraftsFolder(path),
    extra: fields.extra,
    source: { path, format: block.format, bodyLine },
    body,
    html: renderHtml(
      shown.markdown,
      shown.tree,
      heads.flatMap((h) => (h.node.type === 'heading' ? [h.anchor] : [])),
      new Map(heads.flatMap((h) => (h.node.type === 'element' ? [[h.node, h.anchor]] : []))),
    ),
    text: plain,
    excerpt: excerpt(
      shown.tree,
      fields.excerpt,
      separatorAt(shown.markdown, fields.extra.excerpt_separator) ?? truncate[0]?.start,
    ),
    headings: heads.map(({ depth, text, anchor }) => ({ depth, text, anchor })),
    links: links(tree, bodyLine),
    wordCount,
    readingMinutes:
      wordCount === 0
        ? 0
        : Math.max(
            1,
            Math.round((wordCount - cjk) / WORDS_PER_MINUTE + cjk / CJK_CHARACTERS_PER_MINUTE),
          ),
    digest,
  };
  return { post, tree, diagnostics };
}
