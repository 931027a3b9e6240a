import { lstatSync, readdirSync } from 'node:fs';
import { basename, dirname, extname, join, posix } from 'node:path';
import { heldFromSite } from '@confnotes/content/astro/pages';
import { isArticleName } from '@confnotes/content/portable';

/**
 * The files a page-bundle post (`posts/<name>/index.md`, Hugo's and Zola's layout) keeps beside
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
  const folder = dirname(sourcePath);
  const name = basename(sourcePath, extname(sourcePath));
  // `posts/index.md` is no bundle: its folder holds every post.
  if (!/^_?index$/i.test(name) || folder === '.' || folder === 'posts')
    return { published: [], held: [] };
  const found: string[] = [];
  const held: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir)) {
      if (entry.startsWith('.')) continue;
      const path = join(dir, entry);
      const stat = lstatSync(path);
      if (stat.isDirectory()) walk(path, posix.join(prefix, entry));
      // What the content loaders read as posts: a bundle's other articles are posts of their own.
      else if (stat.isFile() && !isArticleName(entry)) {
        const file = posix.join(prefix, entry);
        (heldFromSite(file, path) ? held : found).push(file);
      }
    }
  };
  walk(join(contentDir, folder), '');
  return { published: found, held };
}
