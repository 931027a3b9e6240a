import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { lookup } from 'mrmime';

// A static host types a built file by its extension; the dev server sends a route's answer as
// it is, and a browser shows no SVG, nor plays a video, sent without its type. mrmime's table
// has no type for icons, which hosts send as `image/x-icon`.
const typeOf = (path: string): string | undefined => {
  const type =
    lookup(path) ?? (extname(path).toLowerCase() === '.ico' ? 'image/x-icon' : undefined);
  return type?.startsWith('text/') ? `${type}; charset=utf-8` : type;
};

/**
 * A route's answer with the file at `path`, typed by its extension (untyped when the extension
 * is not a known one): what the routes of `bundleFilePaths` and `staticFilePaths` return.
 * @example export const GET = ({ props }) => contentFileResponse(props.path);
 */
export async function contentFileResponse(path: string): Promise<Response> {
  const type = typeOf(path);
  return new Response(await readFile(path), type ? { headers: { 'Content-Type': type } } : {});
}
