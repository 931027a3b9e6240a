import { join } from 'node:path';
import { loadedContentDir } from './content-dir-slot.ts';
import { filesUnder } from './files-under.ts';
import { heldFromSite, heldWarning } from './held-files.ts';

/** The folder of the content directory whose files a site publishes at its root. */
export const STATIC_FOLDER = 'static';

/** A route's path for one file of the content's `static/`: `params` and `props` for Astro. */
export interface StaticFilePath {
  readonly params: { readonly file: string };
  /** `path`: the file on disk, for `contentFileResponse`. */
  readonly props: { readonly path: string };
}

/**
 * The files of the content directory's `static/` folder, for a route at the site's root: a
 * blog imported from another engine links to its pictures from its own root
 * (`![](/images/room.jpg)`), where Hugo's `static/` and Astro's `public/` put them. `file` is
 * the path from `static/`, with `/`; hidden files and symbolic links are left out, and there
 * are none when the folder is missing. Each file `heldFromSite` holds (a page, a script, an
 * SVG that runs one, a static host's settings) is left out with a warning to `warn`.
 * @example
 * // src/pages/[...file].ts
 * export const getStaticPaths = () => staticFilePaths();
 * export const GET = ({ props }) => contentFileResponse(props.path);
 */
export function staticFilePaths(warn: (line: string) => void = console.warn): StaticFilePath[] {
  const folder = join(loadedContentDir('staticFilePaths').dir, STATIC_FOLDER);
  const paths: StaticFilePath[] = [];
  for (const file of filesUnder(folder, () => true)) {
    const path = join(folder, file);
    if (heldFromSite(file, path)) warn(heldWarning(STATIC_FOLDER, file));
    else paths.push({ params: { file }, props: { path } });
  }
  return paths;
}
