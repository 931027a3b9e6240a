import type { Code, Html, Image, Link, List, ListItem, Nodes, Paragraph, Root, Table } from 'mdast';
import { figureCaption } from './figures.ts';
import { escapeAttribute, escapeText, normalizeUri } from './html-escape.ts';

/** Raw HTML that is only a comment, such as a teaser marker `<!-- more -->`. */
export const COMMENT_ONLY = /^\s*<!--(?:(?!-->)[\s\S])*-->\s*$/;

// The sanitizer's URL rules (GitHub's, see sanitize-schema.ts): a URL with a scheme keeps its
// `href` or `src` only for these schemes, compared case-sensitively.
const hrefSchemes = ['http', 'https', 'irc', 'ircs', 'mailto', 'xmpp'];
const srcSchemes = ['http', 'https'];

function safeUrl(url: string, schemes: readonly string[]): boolean {
  const colon = url.indexOf(':');
  if (colon < 0) return true;
  const slash = url.indexOf('/');
  const question = url.indexOf('?');
  const hash = url.indexOf('#');
  // A colon after `/`, `?` or `#` ends no scheme: the URL is relative.
  if ((slash > -1 && colon > slash) || (question > -1 && colon > question)) return true;
  if (hash > -1 && colon > hash) return true;
  return schemes.some((s) => colon === s.length && url.startsWith(s));
}

// Unicode White_Space, where the Markdown engine ends the language word of a code fence.
const whiteSpace = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
const languageClass = /^language-./;

/** The `class` of a fenced code block: `language-` and the first word of its info string. */
function codeClass(lang: string): string {
  const name = `language-${lang.split(whiteSpace, 1)[0]}`;
  // The sanitizer drops a class it does not allow (leaving `class=""`); hast-util-to-html
  // trims the value it prints.
  return attribute('class', languageClass.test(name) ? name.trim() : '');
}

type Span = [start: number, end: number, paragraph: number];

const trimStart = (value: string) => value.replace(/^[ \t]+/, '');

const attribute = (name: string, value: string) => ` ${name}="${escapeAttribute(value)}"`;

// Thrown (and caught below) when the tree holds something only the full pipeline renders.
const unsupported = new Error('unsupported Markdown for the direct HTML renderer');

/**
 * Renders a Markdown tree straight to the sanitized HTML that `renderHtml`'s hast pipeline
 * (the Markdown engine's hast, anchors, sanitizer, hast-util-to-html) prints for it, in one
 * walk and without building hast. It covers what articles are made of: paragraphs, headings,
 * lists, quotes, code, tables, thematic breaks, emphasis, links, images and comment-only raw
 * HTML; for anything else (other raw HTML, footnotes, task lists, link references) it returns
 * `undefined` and the caller renders through the full pipeline.
 * @example htmlFromTree(parseMarkdown('# Hi\n\nThere'), ['hi'])
 * // '<h1 id="hi">Hi</h1>\n<p id="p-1">There</p>'
 */
export function htmlFromTree(tree: Root, headingAnchors: readonly string[]): string | undefined {
  // Anchors are counted in document order, as `paragraphAnchors` and `headings` number them.
  let paragraphs = 0;
  let headings = 0;

  const html = (node: Html) => {
    if (!COMMENT_ONLY.test(node.value)) throw unsupported;
    // The sanitizer drops comments; the line breaks around them stay.
    return '';
  };

  // After a hard break the next text, or the first text inside the next element, loses its
  // leading spaces and tabs, as mdast-util-to-hast does.
  const phrasing = (nodes: readonly Nodes[], trimFirst = false): string => {
    let out = '';
    let trim = trimFirst;
    for (const node of nodes) {
      out += inline(node, trim);
      trim = node.type === 'break';
    }
    return out;
  };

  const inline = (node: Nodes, trim: boolean): string => {
    switch (node.type) {
      case 'text':
        return escapeText(trim ? trimStart(node.value) : node.value);
      case 'emphasis':
        return `<em>${phrasing(node.children, trim && node.children[0]?.type === 'text')}</em>`;
      case 'strong':
        return `<strong>${phrasing(node.children, trim && node.children[0]?.type === 'text')}</strong>`;
      case 'delete':
        return `<del>${phrasing(node.children, trim && node.children[0]?.type === 'text')}</del>`;
      case 'inlineCode': {
        const value = node.value.replace(/\r?\n|\r/g, ' ');
        return `<code>${escapeText(trim ? trimStart(value) : value)}</code>`;
      }
      case 'break':
        return '<br>\n';
      case 'link':
        return link(node, trim && node.children[0]?.type === 'text');
      case 'image':
        return image(node);
      case 'html':
        return html(node);
      default:
        throw unsupported;
    }
  };

  const link = (node: Link, trimFirst: boolean) => {
    const href = normalizeUri(node.url);
    let out = '<a';
    if (safeUrl(href, hrefSchemes)) out += attribute('href', href);
    if (node.title !== null && node.title !== undefined) out += attribute('title', node.title);
    return `${out}>${phrasing(node.children, trimFirst)}</a>`;
  };

  const image = (node: Image) => {
    const src = normalizeUri(node.url);
    let out = '<img';
    if (safeUrl(src, srcSchemes)) out += attribute('src', src);
    if (node.alt !== null && node.alt !== undefined) out += attribute('alt', node.alt);
    if (node.title !== null && node.title !== undefined) out += attribute('title', node.title);
    return `${out}>`;
  };

  const paragraph = (node: Paragraph) => {
    // A figure's caption is found by the offsets of the hast the full pipeline has.
    if (figureCaption(node)) throw unsupported;
    return `<p id="p-${++paragraphs}">${phrasing(node.children)}</p>`;
  };

  const code = (node: Code) => {
    const className = node.lang ? codeClass(node.lang) : '';
    const value = node.value ? escapeText(`${node.value}\n`) : '';
    return `<pre><code${className}>${value}</code></pre>`;
  };

  // The children of an `<li>` as pieces of HTML with the source offset of the node each
  // renders, or `undefined` for the line breaks in between.
  const itemPieces = (children: readonly Nodes[], loose: boolean, spans: Span[]) => {
    const pieces: [html: string, at: number | undefined][] = [];
    children.forEach((child, i) => {
      const at = child.position?.start.offset;
      if (loose || i !== 0 || child.type !== 'paragraph') pieces.push(['\n', undefined]);
      if (child.type !== 'paragraph') pieces.push([flow(child), at]);
      else if (loose) pieces.push([paragraph(child), at]);
      else {
        // A tight item renders its paragraph without `<p>`; the break after a hard break is a
        // piece of its own.
        spans.push([at!, child.position!.end.offset!, ++paragraphs]);
        child.children.forEach((node, k) => {
          const trim = child.children[k - 1]?.type === 'break';
          pieces.push([
            node.type === 'break' ? '<br>' : inline(node, trim),
            node.position?.start.offset,
          ]);
          if (node.type === 'break') pieces.push(['\n', undefined]);
        });
      }
    });
    const tail = children.at(-1);
    if (tail && (loose || tail.type !== 'paragraph')) pieces.push(['\n', undefined]);
    return pieces;
  };

  // In an item its tree calls tight, what renders from one of its paragraphs goes in one
  // `<span>` with the paragraph's id (a `<p>`, in a list that renders loose, has the id
  // itself). A line break between two pieces of the same paragraph stays inside its span, so
  // each id appears once.
  const listItem = (node: ListItem, loose: boolean, anchored: boolean) => {
    if (typeof node.checked === 'boolean') throw unsupported;
    const children = node.children.filter((c) => c.type !== 'definition');
    // An item of definitions alone still gets its line break in a loose list.
    if (children.length === 0)
      return loose && node.children.length > 0 ? '<li>\n</li>' : '<li></li>';
    const spans: Span[] = [];
    const pieces = itemPieces(children, loose, spans);
    let out = '<li>';
    if (!anchored) {
      for (const [html] of pieces) out += html;
      return `${out}</li>`;
    }
    const spanOf = (at: number | undefined) =>
      at === undefined ? undefined : spans.find(([s, e]) => at >= s && at < e);
    let open: number | undefined;
    for (let i = 0; i < pieces.length; i++) {
      const [html, at] = pieces[i]!;
      let span = spanOf(at);
      if (at === undefined && open !== undefined) {
        const next = pieces.slice(i + 1).find(([, a]) => a !== undefined);
        if (spanOf(next?.[1])?.[2] === open) span = spanOf(next?.[1]);
      }
      if (open !== undefined && open !== span?.[2]) out += '</span>';
      if (span && open !== span[2]) out += `<span id="p-${span[2]}">`;
      open = span?.[2];
      out += html;
    }
    return `${out}${open === undefined ? '' : '</span>'}</li>`;
  };

  const list = (node: List) => {
    // Whether items render their paragraphs as `<p>`: decided for the whole list.
    const loose =
      Boolean(node.spread) || node.children.some((item) => item.spread ?? item.children.length > 1);
    let out = node.ordered ? '<ol' : '<ul';
    if (node.ordered && typeof node.start === 'number' && node.start !== 1)
      out += ` start="${node.start}"`;
    out += '>\n';
    for (const item of node.children) {
      // The paragraph anchors of an item whose tree says it is tight go on spans.
      const anchored = !item.spread && !node.spread;
      out += `${listItem(item, loose, anchored)}\n`;
    }
    return `${out}</${node.ordered ? 'ol' : 'ul'}>`;
  };

  const table = (node: Table) => {
    const columns = node.align?.length ?? 0;
    const row = (cells: readonly Nodes[], tag: 'th' | 'td') => {
      let out = '<tr>\n';
      const length = node.align ? columns : cells.length;
      for (let i = 0; i < length; i++) {
        const cell = cells[i];
        // As GitHub writes a column's alignment (`| ---: |`): an attribute its sanitizer keeps.
        const align = node.align?.[i];
        out += `<${tag}${align ? ` align="${align}"` : ''}>${cell && 'children' in cell ? phrasing(cell.children as Nodes[]) : ''}</${tag}>\n`;
      }
      return `${out}</tr>`;
    };
    const [head, ...body] = node.children;
    if (!head) return '<table>\n</table>';
    let out = `<table>\n<thead>\n${row(head.children, 'th')}\n</thead>\n`;
    if (body.length > 0)
      out += `<tbody>\n${body.map((r) => row(r.children, 'td')).join('\n')}\n</tbody>\n`;
    return `${out}</table>`;
  };

  const flow = (node: Nodes): string => {
    switch (node.type) {
      case 'paragraph':
        return paragraph(node);
      case 'heading': {
        const anchor = headingAnchors[headings++];
        const id = anchor ? attribute('id', anchor) : '';
        return `<h${node.depth}${id}>${phrasing(node.children)}</h${node.depth}>`;
      }
      case 'thematicBreak':
        return '<hr>';
      case 'blockquote':
        return `<blockquote>\n${blocks(node.children, '\n')}</blockquote>`;
      case 'code':
        return code(node);
      case 'list':
        return list(node);
      case 'table':
        return table(node);
      case 'html':
        return html(node);
      default:
        throw unsupported;
    }
  };

  // Blocks one per line; definitions print nothing and take no line.
  const blocks = (nodes: readonly Nodes[], end: string) => {
    let out = '';
    let first = true;
    for (const node of nodes) {
      if (node.type === 'definition') continue;
      out += (first ? '' : '\n') + flow(node);
      first = false;
    }
    return first ? '' : out + end;
  };

  try {
    return blocks(tree.children, '');
  } catch (error) {
    if (error === unsupported) return undefined;
    throw error;
  }
}
