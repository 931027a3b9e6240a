import { processSlot } from './process-slot.ts';

// With `retainHtml: false`, posts' HTML stays out of Astro's content store, which Vite bundles
// whole for the pages and which is mostly HTML: it waits in a file, read one post at a time as
// pages render. The loaders hand the pages their reader through a process-wide slot
// (`keepPostHtml`); this file holds only the pages' side, so they do not bundle the loaders.
export const postHtmlSlot = () =>
  processSlot<{ read: (id: string) => string | undefined }>('post-html');

/**
 * The rendered HTML of the post `id`, for a site whose loaders were given `retainHtml: false`:
 * what `entry.rendered.html` holds otherwise. Throws when no such post was loaded.
 * @example
 * // src/pages/posts/[id].astro
 * const html = postHtml(Astro.params.id);
 */
export function postHtml(id: string): string {
  const read = postHtmlSlot().read;
  if (!read) {
    throw new Error(
      'No post HTML was kept in this process: pass `retainHtml: false` to `confnotesLoaders` in content.config.ts, or read `entry.rendered.html`.',
    );
  }
  const html = read(id);
  if (html === undefined) throw new Error(`No post with the id "${id}" was loaded.`);
  return html;
}
