import { processSlot } from './process-slot.ts';

// The files a post links to beside its text (a page bundle's pictures) and the content's
// `static/` folder are published by routes of the site's own, which know neither the project's
// root nor the loaders' `base`: the loaders leave both here as they load, as they leave posts'
// HTML for `postHtml`. This file holds only the routes' side, so pages do not bundle the loaders.
export const contentDirSlot = () => processSlot<{ root: string; dir: string }>('content-dir');

/** The project root and content directory the loaders of this process read, or a clear error. */
export function loadedContentDir(asker: string): { root: string; dir: string } {
  const { root, dir } = contentDirSlot();
  if (root === undefined || dir === undefined) {
    throw new Error(
      `${asker} found no content loaded in this process: it runs in pages that Astro prerenders (\`astro build\`, \`astro dev\`), after \`confnotesLoaders\` of content.config.ts have loaded, not in pages rendered on demand (add \`export const prerender = true\` to the route).`,
    );
  }
  return { root, dir };
}
