import { getCollection } from 'astro:content';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { contentDir } from '../../../env.ts';
import { bundleAssets } from '../../../lib/bundle-assets.ts';
import { fileResponse } from '../../../lib/file-response.ts';

// A page-bundle post's pictures and files, beside its page where its relative links point.
export async function getStaticPaths() {
  const posts = await getCollection('posts');
  return posts.flatMap((entry) =>
    bundleAssets(contentDir, entry.data.source.path).map((asset) => ({
      params: { id: entry.id, asset },
      props: { file: join(contentDir, entry.data.source.path, '..', asset) },
    })),
  );
}

export const GET: APIRoute = ({ props }) => fileResponse((props as { file: string }).file);
