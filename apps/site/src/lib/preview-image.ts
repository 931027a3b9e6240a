import type { PostEntry } from '@confnotes/content/astro';
import { contentDir } from '../env.ts';
import { bundleAssets } from './bundle-assets.ts';
import { postPath, sitePath } from './paths.ts';
import { publishedStatic } from './published-static.ts';

/**
 * The absolute address of the picture link previews show for a post: its front matter's `image`
 * when that is an http(s) address, a file of the content's `static/` it names from the site's
 * root (`/images/cover.jpg`), or a file of its page bundle it names (`cover.jpg`), which the
 * site publishes beside the post's page; otherwise none.
 */
export function previewImage(
  post: Pick<PostEntry, 'id' | 'image' | 'source'>,
  site: URL,
): string | undefined {
  const image = post.image?.trim();
  if (!image) return undefined;
  if (/^https?:\/\//i.test(image)) return image;
  if (image.startsWith('/') && !image.startsWith('//'))
    return publishedStatic().root.has(image.slice(1))
      ? new URL(sitePath(image), site).href
      : undefined;
  const asset = image.replace(/^\.\//, '');
  if (!bundleAssets(contentDir, post.source.path).includes(asset)) return undefined;
  return new URL(`${postPath(post.id)}${asset}`, site).href;
}
