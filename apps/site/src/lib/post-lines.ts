import type { PostEntry } from '@confnotes/content/astro';
import { formatDate } from './format.ts';
import { html } from './html.ts';
import { htmlLang } from './lang.ts';
import { paragraphLink } from './paragraph-link.ts';
import { paragraphPath, postPath } from './paths.ts';
import { textDir } from './text-dir.ts';

// A speaker page can list thousands of posts, and the same post appears on many speaker pages:
// each post's line is written once per build, and a page joins the lines, rather than Astro
// rendering some ten expressions per post per page. Lines are kept per post object, so a post
// the dev server loads again after an edit gets a new line.
const lines = new WeakMap<PostEntry, string>();
// The item of a post with no paragraph links, the most common item of a long list.
const bareItems = new WeakMap<PostEntry, string>();

/** The attributes that mark text as the post's own: its language, and its direction. */
function languageOf(post: PostEntry): string {
  const lang = htmlLang(post.lang);
  return `${lang ? ` lang="${html(lang)}"` : ''}${textDir(post.lang) ? ' dir="rtl"' : ''}`;
}

/** A post as one line of a list: its linked title and its date. */
export function postLine(post: PostEntry): string {
  let line = lines.get(post);
  if (line === undefined) {
    const date = post.date
      ? `<time datetime="${html(post.date)}">${html(formatDate(post.date))}</time>`
      : 'undated';
    const own = languageOf(post);
    // A preview with drafts says which posts are not published yet.
    const draft = post.draft ? ' · draft' : '';
    line = `<a href="${html(postPath(post.id))}"${own}>${html(post.title)}</a><span class="muted"> · ${date}${draft}</span>`;
    lines.set(post, line);
  }
  return line;
}

const paragraphOrder = new Intl.Collator('en', { numeric: true });

/**
 * The `<li>` items of a list of posts, each followed by links to the paragraphs `anchorsOf`
 * gives for it (where the post mentions what the page is about), then to those `talkAnchorsOf`
 * gives (where it mentions one of the subject's talks but not the subject), and by the
 * sentences `quotesOf` gives for it (what the post said there), each once.
 */
export function postItems(
  posts: readonly PostEntry[],
  anchorsOf: (postId: string) => readonly string[],
  quotesOf: (postId: string) => readonly string[] = () => none,
  talkAnchorsOf: (postId: string) => readonly string[] = () => none,
): string {
  // Joined once at the end, into one flat string, rather than a rope of thousands of parts.
  const items: string[] = [];
  for (const post of posts) {
    // In reading order (`p-2` before `p-10`), whatever order the mentions were gathered in.
    const anchors = [...anchorsOf(post.id)].sort(paragraphOrder.compare);
    const named = new Set(anchors);
    // A paragraph that names the subject is theirs, whatever else it mentions.
    const talkAnchors = talkAnchorsOf(post.id)
      .filter((a) => !named.has(a))
      .sort(paragraphOrder.compare);
    const quotes = quoteBlocks(post, quotesOf(post.id));
    if (anchors.length === 0 && talkAnchors.length === 0 && !quotes) {
      let item = bareItems.get(post);
      if (item === undefined) {
        item = `<li>${postLine(post)}</li>`;
        bareItems.set(post, item);
      }
      items.push(item);
      continue;
    }
    const of = ` of ${post.title}`;
    const links = (list: readonly string[]) =>
      list
        .map((a) => `<a href="${html(paragraphPath(post.id, a))}">${paragraphLink(a, of)}</a>`)
        .join(', ');
    const where = anchors.length > 0 ? `<span> · mentioned in ${links(anchors)}</span>` : '';
    // "Mentioned in" a paragraph that does not name them sent the reader looking for a name
    // that is not there: such a paragraph is said to mention their talk.
    const talkWhere =
      talkAnchors.length > 0 ? `<span> · a talk of theirs in ${links(talkAnchors)}</span>` : '';
    items.push(`<li>${postLine(post)}${where}${talkWhere}${quotes}</li>`);
  }
  return items.join('');
}

const none: readonly string[] = [];

/** The sentences as quotes in the post's language, each sentence once. */
function quoteBlocks(post: PostEntry, sentences: readonly string[]): string {
  if (sentences.length === 0) return '';
  const own = languageOf(post);
  let out = '';
  for (const sentence of new Set(sentences)) if (sentence) out += `<p${own}>${html(sentence)}</p>`;
  return out && `<blockquote>${out}</blockquote>`;
}
