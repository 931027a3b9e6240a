import { contentDir } from '../env.ts';
import { type StaticFiles, staticFiles } from './static-files.ts';

let memo: { files: StaticFiles; root: ReadonlySet<string> } | undefined;

/**
 * The files of the content's `static/` (see `staticFiles`), and those published as a set of
 * paths from the site's root. Read once a build; in the dev server on every call, so that a
 * file added shows on the next reload.
 */
export function publishedStatic(): { files: StaticFiles; root: ReadonlySet<string> } {
  if (memo && !import.meta.env.DEV) return memo;
  const files = staticFiles(contentDir);
  memo = { files, root: new Set(files.published) };
  return memo;
}
