import { bodyTree, titleHeading } from '@confnotes/content/markdown';
import { type Event, type Post, postAuthors } from '@confnotes/content/portable';
import type { Root } from 'mdast';
import { articleLink } from '../data/article-link.ts';
import { type CatalogIndex, talkTitle } from '../data/catalog-index.ts';
import type { Role } from '../theme.ts';
import { codeHighlighterReady } from './code-tokens.ts';
import { inPageFragment } from './heading-anchor.ts';
import { type DocLine, layoutTree, type RenderedDoc } from './markdown-to-ansi.ts';
import { safeUrl } from './paint-line.ts';
import { cells, type Piece, plainText, safePieces, wrapPieces } from './pieces.ts';
import { plural } from './plural.ts';
import { firstLineOf, linkSpans, mentionSpans, type Span } from './target-spans.ts';

/**
 * Something in a post the reader can select with Tab: a talk, a speaker, a web link, or the
 * event the post reports on, named in its header.
 */
export type Target = {
  readonly kind: 'talk' | 'speaker' | 'event' | 'url';
  /** Talk, speaker or event id, or the URL. */
  readonly ref: string;
  readonly label: string;
  /** First laid-out line it shows on. */
  readonly line: number;
  /** Where its text shows, to highlight when it is selected; empty if not found. */
  readonly spans: readonly Span[];
};

export type PostDoc = RenderedDoc & {
  readonly targets: readonly Target[];
  /** Number of metadata lines above the body. */
  readonly headerLines: number;
  /** Set when the body could not be laid out; the header still shows. */
  readonly error?: string;
};

/** The lines above the body, and the event they name, as a target to select. */
function header(
  post: Post,
  width: number,
  event: Event | undefined,
): { lines: DocLine[]; event?: Target } {
  const lines: Piece[][] = [];
  const add = (text: string, role: Role) =>
    lines.push(...wrapPieces(safePieces(text, [role], 0), width));
  add(post.title, 'heading');
  if (post.subtitle) add(post.subtitle, 'emphasis');
  // Where the talks were given: a way from the post to the event's other talks and posts.
  const eventLine = lines.length;
  if (event) add(event.name, 'accent');
  const eventSpans = lines
    .slice(eventLine)
    .map((pieces, i) => ({ line: eventLine + i, start: 0, end: plainText(pieces).length }));
  const meta = [
    post.draft && 'draft',
    postAuthors(post)
      .map((a) => a.name)
      .join(', '),
    post.date?.slice(0, 10),
    post.updated && post.updated.slice(0, 10) !== post.date?.slice(0, 10)
      ? `updated ${post.updated.slice(0, 10)}`
      : undefined,
    `${post.readingMinutes} min read`,
    plural(post.wordCount, 'word'),
  ].filter((part): part is string => Boolean(part));
  // Broken between its parts, so that "212 words" or a date is not split over two lines.
  let metaLine = '';
  for (const part of meta) {
    const joined = metaLine ? `${metaLine} · ${part}` : part;
    if (metaLine && cells(joined) > width) {
      add(metaLine, 'muted');
      metaLine = part;
    } else metaLine = joined;
  }
  add(metaLine, 'muted');
  const tags = [...post.tags, ...post.categories.filter((c) => !post.tags.includes(c))];
  if (tags.length) add(tags.map((t) => `#${t}`).join(' '), 'tag');
  lines.push([{ text: '─'.repeat(width), roles: ['muted'], source: 0 }], []);
  return {
    lines: lines.map((pieces) => ({ pieces, text: plainText(pieces), source: 0 })),
    ...(event && {
      event: {
        kind: 'event',
        ref: event.id,
        label: event.name,
        line: eventLine,
        spans: eventSpans,
      },
    }),
  };
}

function targetsOf(index: CatalogIndex, post: Post, lines: readonly DocLine[], from: number) {
  const targets: Target[] = [];
  const taken = new Set<string>();
  for (const m of index.mentionsInPost.get(post.id) ?? []) {
    const bodyLine = m.mention.line - post.source.bodyLine + 1;
    const spans = mentionSpans(lines, from, bodyLine, m.mention.text, taken);
    const line = spans[0]?.line ?? firstLineOf(lines, from, bodyLine);
    const talk = m.kind === 'talk' ? index.talks.get(m.id) : undefined;
    const label = talk ? talkTitle(talk) : (index.speakers.get(m.id)?.name ?? m.id);
    targets.push({ kind: m.kind, ref: m.id, label, line, spans });
  }
  return targets;
}

/** Reading order: by line, then by where on the line the target starts. */
const byPosition = (a: Target, b: Target) =>
  a.line - b.line || (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0);

// A resize lays the open article out again at each width the terminal passes through: parsing
// it again each time doubled the wait on a long article, and keeping every width's layout (some
// 10 MB each for 10,000 lines) grew memory at each step. The current width and the previous one,
// which a resize maps the window from, are kept, and the tree of the article laid out last.
const WIDTHS_KEPT = 2;
const cache = new WeakMap<Post, Map<string, PostDoc>>();
let parsed: { readonly body: string; readonly root: Root } | undefined;

function parseOnce(body: string): Root {
  if (parsed?.body !== body) parsed = { body, root: bodyTree(body) };
  return parsed.root;
}

/** The body as shown under the header: without a first heading that gives or repeats the title. */
function shownBody(post: Post): Root {
  const root = parseOnce(post.body);
  return titleHeading(root, post.title) ? { ...root, children: root.children.slice(1) } : root;
}

/**
 * A post laid out for the pager: its metadata (author, date, reading time, tags) above the
 * body, and the talks, speakers and links it holds in reading order. Memoised for the last two
 * widths.
 */
export function postDoc(
  index: CatalogIndex,
  post: Post,
  width: number,
  showUrls: boolean,
): PostDoc {
  let byWidth = cache.get(post);
  if (!byWidth) {
    byWidth = new Map();
    cache.set(post, byWidth);
  }
  // Laid out again once code can be coloured (see `loadCodeHighlighter`).
  const key = `${width}:${showUrls}:${codeHighlighterReady()}`;
  const cached = byWidth.get(key);
  if (cached) {
    // Most recently used last: the first is the one to drop.
    byWidth.delete(key);
    byWidth.set(key, cached);
    return cached;
  }
  const { lines: head, event } = header(
    post,
    Math.max(8, width),
    post.event === undefined ? undefined : index.events.get(post.event),
  );
  let body: RenderedDoc = { lines: [], links: [] };
  let error: string | undefined;
  try {
    body = layoutTree(shownBody(post), { width, showUrls });
  } catch (cause) {
    error = cause instanceof Error ? cause.message : String(cause);
  }
  const lines = [...head, ...body.lines];
  const links = body.links.map((l) => ({ ...l, line: l.line + head.length }));
  const anchors = new Map([...(body.anchors ?? [])].map(([a, line]) => [a, line + head.length]));
  const targets = [
    ...(event ? [event] : []),
    ...targetsOf(index, post, lines, head.length),
    // A link is there to follow: one that is neither a web link, nor one within the article,
    // nor one to another article's file (an image of the blog, `/files/stage.jpg`) would stop
    // Tab for nothing `o` could open.
    ...links
      .filter((l) => safeUrl(l.url) || inPageFragment(l.url) || articleLink(index, post, l.url))
      .map(
        (l): Target => ({
          kind: 'url',
          ref: l.url,
          label: l.text || l.url,
          line: l.line,
          spans: linkSpans(lines, l.line, l.url),
        }),
      ),
  ].sort(byPosition);
  const doc: PostDoc = {
    lines,
    links,
    anchors,
    targets,
    headerLines: head.length,
    ...(error ? { error } : {}),
  };
  byWidth.set(key, doc);
  for (const old of byWidth.keys()) {
    if (byWidth.size <= WIDTHS_KEPT) break;
    byWidth.delete(old);
  }
  return doc;
}
