import { dirname, join, resolve } from 'node:path';
import { isArticleName } from '../query/article-name.ts';
import { bundleFolder } from './bundle-folder.ts';
import { loadedContentDir } from './content-dir-slot.ts';
import { filesUnder } from './files-under.ts';
import { heldFromSite, heldWarning } from './held-files.ts';

/** A route's path for one file of a post's page bundle: `params` and `props` for Astro. */
export interface BundleFilePath {
  readonly params: { readonly id: string; readonly file: string };
  /** `path`: the file on disk, for `contentFileResponse`. */
  readonly props: { readonly path: string };
}

/**
 * The files of each page-bundle post (`posts/<name>/index.md`, as Hugo and Zola lay posts out)
 * beside its text: its pictures and downloads, which it links to relatively
 * (`![](diagram.png)`), for a route at the same place under the post's page, where those links
 * lead. `file` is the path from the bundle's folder, with `/`. Hidden files and symbolic links
 * are left out (neither is the post's to publish), and so are the bundle's other articles,
 * which are posts of their own, and with a warning to `warn` each file `heldFromSite` holds
 * (a page, a script, an SVG that runs one: opened at the site's address, it would run the
 * author's code as the site's). Takes the entries of the `posts` collection.
 * @example
 * // src/pages/posts/[id]/[...file].ts, beside src/pages/posts/[id].astro
 * export const getStaticPaths = async () => bundleFilePaths(await getCollection('posts'));
 * export const GET = ({ props }) => contentFileResponse(props.path);
 */
export function bundleFilePaths(
  posts: readonly {
    readonly id: string;
    readonly filePath?: string;
    readonly data: { readonly source: { readonly path: string } };
  }[],
  warn: (line: string) => void = console.warn,
): BundleFilePath[] {
  const { root } = loadedContentDir('bundleFilePaths');
  const paths: BundleFilePath[] = [];
  for (const post of posts) {
    if (post.filePath === undefined) continue;
    // The folder of any article but a bundle's text holds other posts, not this one's files.
    if (bundleFolder(post.data.source.path) === undefined) continue;
    const folder = dirname(resolve(root, post.filePath));
    for (const file of filesUnder(folder, (name) => !isArticleName(name))) {
      const path = join(folder, file);
      if (heldFromSite(file, path)) warn(heldWarning(dirname(post.data.source.path), file));
      else paths.push({ params: { id: post.id, file }, props: { path } });
    }
  }
  return paths;
}
