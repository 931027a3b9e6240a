import { tagArguments } from './tag-arguments.ts';
import { tagParts } from './template-tag-parts.ts';

// The template tags of other engines that stand for a picture or a link, read as Markdown would
// write them: Octopress' and Jekyll's `{% img [class] /src [w [h]] ["title" ["alt"]] %}`,
// Hugo's `{{< figure src="…" alt="…" >}}` and figure shortcodes of that shape in any engine
// (`{{ fig(src="…") }}`, `{% image "src", "alt" %}`), and the video, slide and gist embeds
// (`{{< youtube id >}}`), and the addresses of other articles (`{{< ref "a.md" >}}`). Any other
// tag is still left out, with its warning.

/**
 * What a tag stands for: a picture, a link with its text, or the address of another article
 * (Hugo's `ref` and `relref`, Jekyll's `post_url` and `link`), written where a link's
 * destination goes: `[the first day]({{< ref "day-one.md" >}})`.
 */
export type TemplateEmbed =
  | { readonly kind: 'image'; readonly url: string; readonly alt: string; readonly title?: string }
  | {
      readonly kind: 'link';
      readonly url: string;
      readonly text: string;
      /** A shorter text, for where `text` does not fit. */
      readonly short?: string;
    }
  | { readonly kind: 'address'; readonly url: string };

// Hexo's `asset_img` takes Octopress' arguments: its picture sits beside the article.
const IMAGE_TAGS = new Set(['img', 'asset_img', 'image', 'figure', 'fig', 'picture']);
// The article's path as written: the engine's own URL of it is unknown here, and a path names
// the article wherever the site is (see `linkedPost`).
const ADDRESS_TAGS = new Set(['ref', 'relref', 'post_url', 'link', 'post_path', 'asset_path']);
// Hexo's links to an article or a file beside it, `{% post_link slug [text] %}`: the text is
// the article's title in Hexo, unknown here, so its file name stands in when none is given.
const LINK_TAGS = new Set(['post_link', 'asset_link']);

// Each embed: its URL from the tag's id (and user, for gists and tweets), and its link's text,
// short, to fit where the tag was (see `writeTemplateTags`); the link's host says the rest.
type Embed = { readonly url: (id: string, user?: string) => string; readonly text: string };
const tweet: Embed = {
  url: (id, user) => `https://x.com/${user ?? 'i/web'}/status/${id}`,
  text: 'Post on X',
};
// A Map: a tag's name is the writer's (`{{ constructor }}`), never a key of an object's prototype.
const EMBEDS = new Map<string, Embed>([
  ['youtube', { url: (id) => `https://www.youtube.com/watch?v=${id}`, text: 'Video' }],
  ['vimeo', { url: (id) => `https://vimeo.com/${id}`, text: 'Video' }],
  ['speakerdeck', { url: (id) => `https://speakerdeck.com/player/${id}`, text: 'Slides' }],
  [
    'gist',
    { url: (id, user) => `https://gist.github.com/${user ? `${user}/` : ''}${id}`, text: 'Gist' },
  ],
  ['tweet', tweet],
  ['x', tweet],
]);

// Octopress' own pattern (image_tag.rb): optional classes, the source, width and height, then
// the title and alt. A bare name with a picture's extension is a source too.
const OCTOPRESS =
  /^(?<classes>\S.*?\s+)?(?<src>(?:https?:\/\/|\/|\.{0,2}\/?\S+\/)\S+|\S+\.(?:png|jpe?g|gif|svg|webp|avif))(?:\s+(?<width>\d+))?(?:\s+(?<height>\d+))?(?<rest>\s+.+)?$/i;
const OCTOPRESS_TITLE_ALT = /^\s*["'](?<title>[^"']*)["']\s+["'](?<alt>[^"']*)["']\s*$/;

const ID = /^[\w-]+$/;
// An http(s) address or a path: no other scheme (`javascript:`, `data:`) is written out.
export const URL_LIKE = /^(?:https?:\/\/|(?![a-z][a-z\d+.-]*:))[^\s<>"'`]+$/i;

/** Named and positional arguments' values (see `tagArguments`). */
function argumentsOf(args: string): { named: Map<string, string>; positional: string[] } {
  const { named, positional } = tagArguments(args);
  return { named: new Map([...named].map(([k, a]) => [k, a.value])), positional };
}

function octopressImage(args: string): TemplateEmbed | undefined {
  const m = OCTOPRESS.exec(args);
  const src = m?.groups?.src;
  if (!src || !URL_LIKE.test(src)) return undefined;
  const rest = m.groups?.rest?.trim();
  if (!rest) return { kind: 'image', url: src, alt: '' };
  const both = OCTOPRESS_TITLE_ALT.exec(rest)?.groups;
  const title = (both?.title ?? rest).replace(/^["']|["']$/g, '');
  return { kind: 'image', url: src, alt: both?.alt ?? title, ...(title ? { title } : {}) };
}

/**
 * What a template tag stands for, when it is a picture or an embed this reads; undefined for
 * any other tag (an include, a loop, an expression).
 * @example templateEmbed('{{< youtube w7Ft2ymGmfc >}}') // { kind: 'link', url: 'https://www.youtube.com/watch?v=w7Ft2ymGmfc', text: 'Video' }
 */
export function templateEmbed(tag: string): TemplateEmbed | undefined {
  const found = tagParts(tag);
  // A closing tag stands for nothing.
  if (!found || found.name.startsWith('/')) return undefined;
  const { name, args } = found;
  const embed = EMBEDS.get(name);
  if (embed) {
    const { named, positional } = argumentsOf(args);
    const id = named.get('id') ?? positional.at(-1);
    const user = named.get('user') ?? (positional.length > 1 ? positional[0] : undefined);
    if (!id || !ID.test(id) || (user !== undefined && !ID.test(user))) return undefined;
    return { kind: 'link', url: embed.url(id, user), text: embed.text };
  }
  if (ADDRESS_TAGS.has(name)) {
    const { named, positional } = argumentsOf(args);
    const path = named.get('path') ?? positional[0];
    return path && positional.length <= 1 && URL_LIKE.test(path)
      ? { kind: 'address', url: path }
      : undefined;
  }
  if (LINK_TAGS.has(name)) {
    const { named, positional } = argumentsOf(args);
    const [path, ...words] = positional;
    // Hexo's last argument may say whether to escape the title: not a word of it.
    const text = words.filter((w) => w !== 'true' && w !== 'false').join(' ');
    return path && named.size === 0 && URL_LIKE.test(path)
      ? { kind: 'link', url: path, text: text || path }
      : undefined;
  }
  if (!IMAGE_TAGS.has(name)) return undefined;
  const { named, positional } = argumentsOf(args);
  const src = named.get('src') ?? named.get('url');
  if (src === undefined) {
    // Octopress' positional form, on one line as Octopress reads it; Eleventy's `"src", "alt"`.
    if ((name === 'img' || name === 'asset_img') && !/^["']/.test(args))
      return args.includes('\n') ? undefined : octopressImage(args);
    const [first, second] = positional;
    if (!first || !URL_LIKE.test(first)) return undefined;
    return { kind: 'image', url: first, alt: second ?? '' };
  }
  if (!URL_LIKE.test(src)) return undefined;
  const title = named.get('title');
  const alt = named.get('alt') ?? named.get('caption') ?? title ?? '';
  return { kind: 'image', url: src, alt, ...(title ? { title } : {}) };
}
