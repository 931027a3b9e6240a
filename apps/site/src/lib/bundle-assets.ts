import { join } from 'node:path';
import { bundleFolder, filesUnder, heldFromSite } from '@confnotes/content/astro/pages';
import { isArticleName } from '@confnotes/content/portable';

/**
 * The files a page-bundle post (`posts/<name>/index.md`, Hugo's and Zola's layout, or a
 * translation's `index.fr.md`) keeps beside
 * its text, which it links to relatively (`![](diagram.png)`): the site publishes each at the
 * same place under the post's page, where its link finds it. Paths are relative to the bundle,
 * with `/`. Hidden files and symbolic links are left out: neither is the post's to publish; so
 * are pages and scripts a browser would run as the site's own, and names holding control
 * characters (`heldFromSite`), which `heldBundleFiles` lists.
 * @example bundleAssets('/notes', 'posts/my-talk/index.md') // ['diagram.png', 'img/photo.jpg']
 */
export function bundleAssets(contentDir: string, sourcePath: string): string[] {
  return bundleFiles(contentDir, sourcePath).published;
}

/** The files of a post's page bundle that `bundleAssets` leaves out as `heldFromSite`. */
export function heldBundleFiles(contentDir: string, sourcePath: string): string[] {
  return bundleFiles(contentDir, sourcePath).held;
}

function bundleFiles(
  contentDir: string,
  sourcePath: string,
): { published: string[]; held: string[] } {
  const folder = bundleFolder(sourcePath);
  const published: string[] = [];
  const held: string[] = [];
  if (folder === undefined) return { published, held };
  const root = join(contentDir, folder);
  // What the content loaders read as posts: a bundle's other articles are posts of their own.
  for (const file of filesUnder(root, (name) => !isArticleName(name)))
    (heldFromSite(file, join(root, file)) ? held : published).push(file);
  return { published, held };
}
