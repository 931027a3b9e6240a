import { readFile } from 'node:fs/promises';
import { lookup } from 'mrmime';

/**
 * A file as a route answers with it, typed by its extension: a static host types the built
 * file so, and the dev server serves the route's answer as it is (an SVG sent untyped is no
 * picture to a browser).
 */
export async function fileResponse(path: string): Promise<Response> {
  const type = lookup(path);
  return new Response(await readFile(path), type ? { headers: { 'Content-Type': type } } : {});
}
