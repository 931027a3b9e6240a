import { tagParts } from './template-tag-parts.ts';
import type { TemplateTag } from './template-tags.ts';

// Template tags that open and close a block of the text between them: Jekyll's and Hugo's
// `highlight`, Octopress' `codeblock` (code, its language kept), and Liquid's `raw` (text whose
// own tags are shown as written). Each opening and closing tag is written over where it is, so
// no offset moves: a code block's tags become the fences of a Markdown code block.

// Each block's opening tag names, and the names that close it.
const CODE_OPENERS = new Set(['highlight', 'codeblock']);
// A Map: a tag's name is the writer's (`{{ constructor }}`), never a key of an object's prototype.
const CLOSERS = new Map<string, readonly string[]>([
  ['highlight', ['endhighlight', '/highlight']],
  ['codeblock', ['endcodeblock', '/codeblock']],
  ['raw', ['endraw']],
]);

/** The language a code block's opening tag names: `highlight ruby`, `codeblock lang:ruby`. */
function languageOf(name: string, args: readonly string[]): string {
  const named = args.find((a) => /^lang:/i.test(a))?.slice(5);
  const lang = (name === 'highlight' ? args[0] : named)?.replace(/^["']|["']$/g, '') ?? '';
  return /^[\w#+.-]+$/.test(lang) ? lang : '';
}

/** Whether a tag stands alone on its lines: nothing but white space before it and after it. */
function alone(body: string, tag: TemplateTag): boolean {
  const lineStart = body.lastIndexOf('\n', tag.start - 1) + 1;
  const lineEnd = body.indexOf('\n', tag.end);
  return (
    body.slice(lineStart, tag.start).trim() === '' &&
    body.slice(tag.end, lineEnd < 0 ? body.length : lineEnd).trim() === ''
  );
}

/** The longest run of backticks in a text. */
function longestTicks(text: string): number {
  let most = 0;
  for (const run of text.match(/`+/g) ?? []) most = Math.max(most, run.length);
  return most;
}

/**
 * What each tag of a block is written as, by its index in `tags`: a code block's tags as
 * fences (padded to the tag's length), `raw`'s as spaces, and every tag inside either as
 * written, for the text shows it. Tags of no block have no entry. A code block whose tags do
 * not stand alone on their lines, or whose fence would not fit in its tag, is no block here.
 * @example blockTags('{% highlight js %}\nx\n{% endhighlight %}', tags).get(0) // '```js           '
 */
export function blockTags(body: string, tags: readonly TemplateTag[]): Map<number, string> {
  const written = new Map<number, string>();
  const pad = (tag: TemplateTag, text: string) =>
    text + tag.value.slice(text.length).replace(/[^\n]/g, ' ');
  for (let k = 0; k < tags.length; k++) {
    const open = tags[k]!;
    const name = tagParts(open.value)?.name;
    const closers = name ? CLOSERS.get(name) : undefined;
    if (!name || !closers || open.inHtml) continue;
    let end = k + 1;
    while (end < tags.length && !closers.includes(tagParts(tags[end]!.value)?.name ?? '')) end++;
    const close = tags[end];
    if (!close) continue;
    if (CODE_OPENERS.has(name)) {
      if (!alone(body, open) || !alone(body, close)) continue;
      const ticks = '`'.repeat(Math.max(3, longestTicks(body.slice(open.end, close.start)) + 1));
      const args = tagParts(open.value)!.args.split(/\s+/).filter(Boolean);
      const fence = `${ticks}${languageOf(name, args)}`;
      const firstLine = (tag: TemplateTag) => tag.value.split('\n', 1)[0]!.length;
      if (fence.length > firstLine(open) || ticks.length > firstLine(close)) continue;
      written.set(k, pad(open, fence));
      written.set(end, pad(close, ticks));
    } else {
      written.set(k, pad(open, ''));
      written.set(end, pad(close, ''));
    }
    for (let i = k + 1; i < end; i++) written.set(i, tags[i]!.value);
    k = end;
  }
  return written;
}
