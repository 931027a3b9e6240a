import { getCollection } from 'astro:content';
import { join } from 'node:path';
import { contentFileResponse, heldWarning } from '@confnotes/content/astro/pages';
import type { APIRoute } from 'astro';
import { contentDir } from '../../../env.ts';
import { bundleAssets, heldBundleFiles } from '../../../lib/bundle-assets.ts';

// A page-bundle post's pictures and files, beside its page where its relative links point.
export async function getStaticPaths() {
  const posts = await getCollection('posts');
  for (const entry of posts) {
    const folder = join(entry.data.source.path, '..');
    for (const file of heldBundleFiles(contentDir, entry.data.source.path))
      console.warn(heldWarning(folder, file));
  }
  return posts.flatMap((entry) =>
    bundleAssets(contentDir, entry.data.source.path).map((asset) => ({
      params: { id: entry.id, asset },
      props: { file: join(contentDir, entry.data.source.path, '..', asset) },
    })),
  );
}

export const GET: APIRoute = ({ props }) => contentFileResponse((props as { file: string }).file);
