import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';

// A static host types a built file by its extension; the dev server sends a route's answer as
// it is, and a browser shows no SVG, nor plays a video, sent without its type.
const TYPES: Readonly<Record<string, string>> = {
  '.apng': 'image/apng',
  '.avif': 'image/avif',
  '.bmp': 'image/bmp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.jpeg': 'image/jpeg',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.tif': 'image/tiff',
  '.tiff': 'image/tiff',
  '.webp': 'image/webp',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

/**
 * A route's answer with the file at `path`, typed by its extension (untyped when the extension
 * is not a common one): what the routes of `bundleFilePaths` and `staticFilePaths` return.
 * @example export const GET = ({ props }) => contentFileResponse(props.path);
 */
export async function contentFileResponse(path: string): Promise<Response> {
  const type = TYPES[extname(path).toLowerCase()];
  return new Response(await readFile(path), type ? { headers: { 'Content-Type': type } } : {});
}
