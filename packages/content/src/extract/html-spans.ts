import type { Span } from './flat-text.ts';

/**
 * Inline HTML elements that set words apart as Markdown's emphasis, links and code do. A
 * `<cite>` is how HTML names a work: a talk's title, often.
 */
export const HTML_SPAN_KINDS: Readonly<Record<string, Span['kind']>> = {
  strong: 'strong',
  b: 'strong',
  em: 'emphasis',
  i: 'emphasis',
  cite: 'emphasis',
  code: 'code',
  kbd: 'code',
  samp: 'code',
  tt: 'code',
  q: 'quote',
};

/** One tag of inline HTML as Markdown gives it (`<b>`, `</b>`, `<a href="...">`, `<br/>`). */
export interface InlineTag {
  readonly name: string;
  readonly closing: boolean;
  /** A link's target, for an opening `<a>` with an `href`. */
  readonly href?: string;
}

// A `>` inside a quoted attribute value does not end the tag.
const TAG = /^<\s*(\/)?\s*([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>$/;
const HREF = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i;

/**
 * The tag an inline `html` node holds, or undefined for a comment or anything else.
 * @example inlineTag('<a href="/t">') // { name: 'a', closing: false, href: '/t' }
 */
export function inlineTag(value: string): InlineTag | undefined {
  const m = TAG.exec(value.trim());
  if (!m) return undefined;
  const name = m[2]!.toLowerCase();
  const closing = m[1] !== undefined;
  if (closing || name !== 'a') return { name, closing };
  const href = HREF.exec(m[3]!);
  return { name, closing, href: href ? (href[1] ?? href[2] ?? href[3]) : undefined };
}
