import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { lookup } from 'mrmime';
import { matches } from '../http/response-cache.ts';

// The types of the site's own files, as browsers want them (text with its charset); any other
// file (a PDF of slides, a video the content's `static/` holds) by the table Vite and Astro use.
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.webmanifest': 'application/manifest+json',
};

const SITE_CSP =
  "default-src 'self'; img-src 'self' data: https:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'; base-uri 'self'";

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

async function fileAt(root: string, path: string) {
  try {
    const info = await stat(path);
    const file = info.isDirectory() ? join(path, 'index.html') : path;
    const real = await realpath(file);
    // A symbolic link inside the site must not lead out of it.
    if (!inside(root, real)) return undefined;
    const fileInfo = info.isDirectory() ? await stat(real) : info;
    return fileInfo.isFile()
      ? { path: real, mtime: fileInfo.mtime, size: fileInfo.size }
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Serves the files of a built static site, under `base` (`/`, or the path the site was built
 * for: `/notes/`), as its static host would. A request path never leaves `root`: it is decoded
 * once, refused with control characters or backslashes, resolved, checked to stay inside, and
 * checked again after symbolic links are followed. Answers undefined for anything it does not
 * serve, so the caller can fall through to the API, and a 405 to a method other than GET and
 * HEAD on a file it does.
 */
export async function serveDirectory(dir: string, base = '/') {
  const root = await realpath(resolve(dir));
  return async (request: Request): Promise<Response | undefined> => {
    const reads = request.method === 'GET' || request.method === 'HEAD';
    let path: string;
    try {
      const under = new URL(request.url).pathname;
      // The base without its slash is the site's home too, as a host redirects it.
      if (reads && `${under}/` === base) return redirect(base, new URL(request.url).search);
      if (!under.startsWith(base)) return undefined;
      path = decodeURIComponent(`/${under.slice(base.length)}`);
    } catch {
      return undefined;
    }
    if (/[\u0000-\u001f\\]/.test(path)) return undefined;
    const target = resolve(root, `.${path}`);
    if (!inside(root, target)) return undefined;
    const file = (await fileAt(root, target)) ?? (await fileAt(root, `${target}.html`));
    if (!file) return undefined;
    // The file is there: another method is refused as such, not left to the API's 404, which
    // would say that nothing is served at this path.
    if (!reads) return methodNotAllowed(request.method);
    const etag = `W/"${file.size.toString(36)}-${file.mtime.getTime().toString(36)}"`;
    const headers = new Headers({
      'Content-Type':
        TYPES[extname(file.path).toLowerCase()] ?? lookup(file.path) ?? 'application/octet-stream',
      ETag: etag,
      'Last-Modified': file.mtime.toUTCString(),
      // Astro fingerprints what it puts in _astro/, so those never change under one name.
      'Cache-Control': file.path.includes(`${sep}_astro${sep}`)
        ? 'public, max-age=31536000, immutable'
        : 'public, max-age=0, must-revalidate',
      'Content-Security-Policy': SITE_CSP,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
    // Compared weakly, as If-None-Match is: a list, `*`, or the tag made strong by a cache.
    if (matches(request.headers.get('if-none-match') ?? undefined, [etag.slice(2)])) {
      return new Response(null, { status: 304, headers });
    }
    const body = request.method === 'HEAD' ? null : new Uint8Array(await readFile(file.path));
    headers.set('Content-Length', String(file.size));
    return new Response(body, { status: 200, headers });
  };
}

const methodNotAllowed = (method: string) =>
  Response.json(
    {
      error: {
        code: 'method_not_allowed',
        message: `${method} is not allowed here; the site's pages answer GET, HEAD.`,
        details: { allowed: ['GET', 'HEAD'] },
      },
    },
    { status: 405, headers: { Allow: 'GET, HEAD', 'X-Content-Type-Options': 'nosniff' } },
  );

const redirect = (to: string, search: string) =>
  new Response(null, { status: 301, headers: { Location: `${to}${search}` } });

/**
 * The site's own `404.html`, with status 404, for a GET or HEAD of a page the site does not have,
 * as static hosts answer; undefined when the site has no such page. Read on each miss, so a
 * rebuilt site's page is the one served.
 */
export async function notFoundPage(dir: string) {
  const root = await realpath(resolve(dir));
  return async (request: Request): Promise<Response | undefined> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;
    const file = await fileAt(root, join(root, '404.html'));
    if (!file) return undefined;
    const body = request.method === 'HEAD' ? null : new Uint8Array(await readFile(file.path));
    return new Response(body, {
      status: 404,
      headers: {
        'Content-Type': TYPES['.html']!,
        'Content-Length': String(file.size),
        'Cache-Control': 'no-cache',
        'Content-Security-Policy': SITE_CSP,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
      },
    });
  };
}
