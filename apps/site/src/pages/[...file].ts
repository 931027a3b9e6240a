import { join } from 'node:path';
import { contentFileResponse, heldWarning } from '@confnotes/content/astro/pages';
import { printable } from '@confnotes/content/portable';
import type { APIRoute } from 'astro';
import { contentDir } from '../env.ts';

import { publishedStatic } from '../lib/published-static.ts';
import { STATIC_DIR } from '../lib/static-files.ts';

// The files of the content's `static/`, at the site's root, where an imported blog's links
// from its own root (`/images/a.jpg`) find them.
export function getStaticPaths() {
  const { files } = publishedStatic();
  for (const file of files.refused)
    console.warn(
      `${printable(join(STATIC_DIR, file))} is not published: the site's own pages are at /${file.split('/')[0]}. Move it to another folder of ${STATIC_DIR}/.`,
    );
  for (const file of files.held) console.warn(heldWarning(STATIC_DIR, file));
  return files.published.map((file) => ({
    params: { file },
    props: { path: join(contentDir, STATIC_DIR, file) },
  }));
}

export const GET: APIRoute = ({ props }) => contentFileResponse((props as { path: string }).path);
