import { toHtml } from 'hast-util-to-html';

// A code block the core wrote for a fence with a language: its text is the code, escaped.
const block = /(<pre[^>]*><code class="language-)([^"\s]+)("[^>]*>)([^<]*)(<\/code><\/pre>)/g;
const NAMED = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);
const reference = /&(?:#x([\da-f]+)|#(\d+)|(\w+));/gi;

/** The text of escaped HTML text, or undefined where it holds a reference not read here. */
function unescaped(html: string): string | undefined {
  let unknown = false;
  const text = html.replace(reference, (ref, hex?: string, decimal?: string, name?: string) => {
    const code = hex ? Number.parseInt(hex, 16) : decimal ? Number(decimal) : undefined;
    if (code !== undefined && code <= 0x10ffff) return String.fromCodePoint(code);
    const named = name && NAMED.get(name);
    if (!named) unknown = true;
    return named || ref;
  });
  return unknown ? undefined : text;
}

/**
 * The post's HTML with the code of each fenced block that names a language highlight.js knows
 * (`go`, `js`, `dockerfile`…) split into `hljs-*` token spans, which the site's stylesheet
 * colours in either theme. Its text is unchanged, so copying the code copies the same code. A
 * block of another language, or none, is left as it is; the grammars are loaded only when a
 * block is there to colour.
 * @example await highlightCode('<pre><code class="language-go">func f() {}</code></pre>')
 */
export async function highlightCode(html: string): Promise<string> {
  if (!html.includes('<code class="language-')) return html;
  const { highlighter } = await import('./highlighter.ts');
  return html.replace(
    block,
    (whole, open: string, name: string, attributes: string, code: string, close: string) => {
      const language = name.toLowerCase();
      const text = unescaped(code);
      if (text === undefined || !highlighter.registered(language)) return whole;
      const tokens = toHtml(highlighter.highlight(language, text));
      return `${open}${name}${attributes}${tokens}${close}`;
    },
  );
}
