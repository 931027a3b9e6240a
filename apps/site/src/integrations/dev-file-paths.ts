import type { Plugin } from 'vite';

// The site's pages end in a slash (`trailingSlash: 'always'`), and Astro's dev server holds the
// routes of files to it too: `/images/a.jpg` found nothing there, `/images/a.jpg/` the file. A
// built site has the file at its own name, where posts link to it. In dev, a request for a file
// of a route that serves files (the content's `static/`, a page bundle's) is given the slash
// before Astro routes it, so the same links work.

/** Whether a path names a file: its last part has an extension. */
const isFilePath = (path: string) => /\/[^/]*\.[^/.]+$/.test(path);

/**
 * A Vite plugin for `astro dev` that adds the slash to requests for files the site serves from
 * routes: under `<base>posts/` (page bundles), and those `isStatic` says are files of `static/`
 * (given the path from the site's root, without its first `/`).
 */
export function devFilePaths(base: string, isStatic: (path: string) => boolean): Plugin {
  return {
    name: 'confnotes-dev-file-paths',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        const url = req.url ?? '';
        const query = url.indexOf('?');
        const path = query < 0 ? url : url.slice(0, query);
        if (
          (req.method === 'GET' || req.method === 'HEAD') &&
          path.startsWith(base) &&
          isFilePath(path)
        ) {
          let rel = path.slice(base.length);
          try {
            rel = decodeURIComponent(rel);
          } catch {}
          if (rel.startsWith('posts/') || isStatic(rel))
            req.url = `${path}/${query < 0 ? '' : url.slice(query)}`;
        }
        next();
      });
    },
  };
}
