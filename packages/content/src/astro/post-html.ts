import { tmpdir } from 'node:os';
import { TextSpill } from '../node/text-spill.ts';
import { processSlot } from './process-slot.ts';

// With `retainHtml: false`, posts' HTML stays out of Astro's content store, which Vite bundles
// whole for the pages and which is mostly HTML: it waits in a file, read one post at a time as
// pages render. The loaders hand the pages their reader through a process-wide slot.
const slot = () => processSlot<{ read: (id: string) => string | undefined }>('post-html');

/**
 * Keeps each post's HTML in a file of `dir` (the system's temporary directory when none is
 * given) for `postHtml`, in place of what an earlier load kept. The file is removed as soon as
 * it is made and lasts as long as the reader does.
 */
export function keepPostHtml(
  posts: Iterable<readonly [id: string, html: string]>,
  dir?: string,
): void {
  const spill = (dir === undefined ? undefined : TextSpill.open(dir)) ?? TextSpill.open(tmpdir());
  const kept = new Map<string, string>();
  const places = new Map<string, readonly [at: number, bytes: number]>();
  for (const [id, html] of posts) {
    const bytes = Buffer.from(html, 'utf8');
    if (spill) places.set(id, [spill.append(bytes), bytes.length]);
    // Without a file to write to, the HTML is held here, as the store would have held it.
    else kept.set(id, html);
  }
  slot().read = (id) => {
    const place = places.get(id);
    if (!place || !spill) return kept.get(id);
    const buffer = Buffer.allocUnsafe(place[1]);
    spill.copy(place[0], place[1], buffer, 0);
    return buffer.toString('utf8');
  };
}

/**
 * The rendered HTML of the post `id`, for a site whose loaders were given `retainHtml: false`:
 * what `entry.rendered.html` holds otherwise. Throws when no such post was loaded.
 * @example
 * // src/pages/posts/[id].astro
 * const html = postHtml(Astro.params.id);
 */
export function postHtml(id: string): string {
  const read = slot().read;
  if (!read) {
    throw new Error(
      'No post HTML was kept in this process: pass `retainHtml: false` to `confnotesLoaders` in content.config.ts, or read `entry.rendered.html`.',
    );
  }
  const html = read(id);
  if (html === undefined) throw new Error(`No post with the id "${id}" was loaded.`);
  return html;
}
