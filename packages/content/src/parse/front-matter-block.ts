import type { FrontMatterFormat } from '../schema/post.ts';

/** The front matter of an article, cut out of the text but not yet parsed. */
export interface FrontMatterBlock {
  readonly format: FrontMatterFormat;
  /** The front matter text, fences removed. */
  readonly raw: string;
  /** File line (1-based) of the first line of `raw`. */
  readonly rawLine: number;
  /** Offset in the text where the Markdown body starts. */
  readonly bodyOffset: number;
  /** File line (1-based) where the body starts. */
  readonly bodyLine: number;
  /** Set when the opening fence has no closing fence: the expected closing line, and where. */
  readonly unclosed?: string;
  /** Set when text follows a JSON object's closing `}` on its line: that text, and where. */
  readonly trailing?: { readonly text: string; readonly line: number; readonly column: number };
}

// A `key: value` line of Hexo, Pelican or MultiMarkdown: keys may hold spaces (`Base Header
// Level: 2`) and a value may be left empty (`Tags:`), the first line's too.
const keyLine = /^[A-Za-z][\w -]*:(?=[ \t\n]|$)/;
const fenceLine = (text: string, fence: RegExp, from: number) => {
  fence.lastIndex = from;
  const match = fence.exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : undefined;
};
const linesBefore = (text: string, offset: number) => {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
};

// Lines that front matter is made of, by format: blank, comment, indented, a key or a list
// item (YAML), a key or a table (TOML), a `..` field (Nikola).
const frontMatterLine: Partial<Record<FrontMatterFormat, RegExp>> = {
  yaml: /^(?:[ \t]*(?:#.*)?$|[ \t]|- |-$|[^\s:#][^:]*:(?:[ \t]|$)|["'][^"']*["'][ \t]*:)/,
  toml: /^(?:[ \t]*(?:#.*)?$|[ \t]|\[|\]|[\w"'.-]+[ \t]*(?:\.[ \t]*[\w"'-]+[ \t]*)*=)/,
  nikola: /^(?:[ \t]*$|\.\.[ \t])/,
};

/** The 1-based line of the first line after the opening fence that front matter has none of. */
function firstLineNotFrontMatter(text: string, format: FrontMatterFormat): number | undefined {
  const pattern = frontMatterLine[format];
  if (!pattern) return undefined;
  const lines = text.split('\n');
  for (let i = 1; i < lines.length; i++) if (!pattern.test(lines[i]!)) return i + 1;
  return undefined;
}

function fenced(
  text: string,
  format: FrontMatterFormat,
  openLength: number,
  close: RegExp,
  closeName: string,
): FrontMatterBlock {
  const found = fenceLine(text, close, openLength);
  if (!found) {
    const end = firstLineNotFrontMatter(text, format);
    const where = end
      ? `, likely before line ${end}, the first that does not read as front matter`
      : '';
    return {
      format,
      raw: '',
      rawLine: 2,
      bodyOffset: text.length,
      bodyLine: 1,
      unclosed: `${closeName}${where}`,
    };
  }
  const bodyOffset = text[found.end] === '\n' ? found.end + 1 : found.end;
  return {
    format,
    raw: text.slice(openLength, found.start),
    rawLine: 2,
    bodyOffset,
    bodyLine: linesBefore(text, bodyOffset) + 1,
  };
}

/** Finds where a JSON object that opens the text closes, minding strings; -1 if it never does. */
function jsonEnd(text: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  return -1;
}

/**
 * Hexo's JSON front matter, the members of an object without its braces, made the object it
 * stands for: `raw` gains a `{` line above and a `}` on the closing fence's line, so the JSON
 * parser's lines and columns stay the file's.
 */
function braced(block: FrontMatterBlock): FrontMatterBlock {
  if (block.unclosed || block.raw.trimStart().startsWith('{')) return block;
  return { ...block, raw: `{\n${block.raw}}`, rawLine: block.rawLine - 1 };
}

function headerBlock(text: string, format: FrontMatterFormat, end: number, bodyOffset: number) {
  return {
    format,
    raw: text.slice(0, end),
    rawLine: 1,
    bodyOffset,
    bodyLine: linesBefore(text, bodyOffset) + 1,
  };
}

/**
 * Cuts the front matter off an article and says which engine's syntax it uses: `---` YAML,
 * `+++` TOML, a leading JSON object (or Hexo's, its members closed by `;;;`), a Nikola `.. key: value` comment, Hexo's YAML closed by
 * `---` without an opening fence, or Pelican/MultiMarkdown `Key: value` lines up to a blank line.
 * @example splitFrontMatter('+++\ntitle = "x"\n+++\nBody\n').format === 'toml'
 */
export function splitFrontMatter(text: string): FrontMatterBlock {
  if (/^---[ \t]*\n/.test(text)) {
    return fenced(text, 'yaml', text.indexOf('\n') + 1, /^(?:---|\.\.\.)[ \t]*$/gm, '`---`');
  }
  if (/^\+\+\+[ \t]*\n/.test(text)) {
    return fenced(text, 'toml', text.indexOf('\n') + 1, /^\+\+\+[ \t]*$/gm, '`+++`');
  }
  if (/^;{3,}[ \t]*\n/.test(text)) {
    return braced(fenced(text, 'json', text.indexOf('\n') + 1, /^;{3,}[ \t]*$/gm, '`;;;`'));
  }
  if (/^"[^"\n]*"[ \t]*:/.test(text)) {
    const close = fenceLine(text, /^;{3,}[ \t]*$/gm, 0);
    if (close) {
      const bodyOffset = text[close.end] === '\n' ? close.end + 1 : close.end;
      return braced(headerBlock(text, 'json', close.start, bodyOffset));
    }
  }
  if (text.startsWith('{')) {
    const end = jsonEnd(text);
    if (end === -1)
      return { ...headerBlock(text, 'json', text.length, text.length), unclosed: '`}`' };
    const lineEnd = text.indexOf('\n', end);
    const block = headerBlock(text, 'json', end, lineEnd === -1 ? text.length : lineEnd + 1);
    const rest = text.slice(end, lineEnd === -1 ? text.length : lineEnd);
    const skipped = rest.search(/\S/);
    if (skipped === -1) return block;
    const at = end + skipped;
    const trailing = {
      text: rest.trim(),
      line: linesBefore(text, at) + 1,
      column: at - text.lastIndexOf('\n', at - 1),
    };
    return { ...block, trailing };
  }
  if (/^<!--[ \t]*\n\.\.[ \t]+\w/.test(text)) {
    return fenced(text, 'nikola', text.indexOf('\n') + 1, /^[ \t]*-->[ \t]*$/gm, '`-->`');
  }
  if (keyLine.test(text)) {
    // Hexo writes YAML closed by `---` with no opening fence: every line up to that fence
    // must look like YAML (a key, a list item, or indented), with no blank line before it.
    const close = fenceLine(text, /^---[ \t]*$/gm, 0);
    if (close) {
      const head = text.slice(0, close.start);
      if (head.split('\n').every((l) => l === '' || keyLine.test(l) || /^[ \t-]/.test(l))) {
        if (!/\n[ \t]*\n/.test(head)) {
          const bodyOffset = text[close.end] === '\n' ? close.end + 1 : close.end;
          return headerBlock(text, 'hexo', close.start, bodyOffset);
        }
      }
    }
    const blank = text.search(/\n[ \t]*(?:\n|$)/);
    const end = blank === -1 ? text.length : blank + 1;
    const head = text.slice(0, end);
    const lines = head.split('\n').filter((l) => l !== '');
    if (lines.every((l) => keyLine.test(l) || /^[ \t]+\S/.test(l)) && /^title:/im.test(head)) {
      return headerBlock(text, 'pelican', end, end);
    }
  }
  return { format: 'none', raw: '', rawLine: 1, bodyOffset: 0, bodyLine: 1 };
}

/**
 * A `---` or `+++` fence after blank lines at the top of a file, which opens no front matter
 * (every engine reads it only on the first line): its fence and 1-based line.
 * @example lateFence('\n---\ntitle: x\n---\n') // { fence: '---', line: 2 }
 */
export function lateFence(text: string): { fence: string; line: number } | undefined {
  const found = /^((?:[ \t]*\n)+)(---|\+\+\+)[ \t]*\n/.exec(text);
  return found ? { fence: found[2]!, line: linesBefore(text, found[1]!.length) + 1 } : undefined;
}
