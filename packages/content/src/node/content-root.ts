import { realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// The loaders take a content folder from their caller: a folder that is not there is the
// caller's mistake, not content's, so it throws rather than being a diagnostic. The system's
// own words (`ENOENT: no such file or directory, lstat '...'`) name a call, not the folder
// given or what to give instead.

/**
 * A content folder given as a path or as a `file:` URL (`new URL('./content/', import.meta.url)`,
 * as Node's own file functions take it), as a path.
 * @example contentPath(new URL('file:///home/me/site/content/')) === '/home/me/site/content/'
 */
export function contentPath(dir: string | URL): string {
  if (!(dir instanceof URL)) return dir;
  if (dir.protocol !== 'file:')
    throw new TypeError(
      `The content folder must be a path or a file: URL, not ${JSON.stringify(dir.href)}.`,
    );
  return fileURLToPath(dir);
}

/** A folder as given, and the folder it resolves to when that says more. */
function named(dir: string): string {
  return resolve(dir) === dir ? JSON.stringify(dir) : `${JSON.stringify(dir)} (${resolve(dir)})`;
}

/**
 * The real path of the content folder `dir`. Throws an Error (with the system's `code`, and
 * its error as `cause`) that names the folder when it does not exist or cannot be reached,
 * one with the code `ENOTDIR` when it is a file, and a TypeError when `dir` is not a string.
 * @example realContentDir('content') // '/home/me/site/content'
 */
export function realContentDir(dir: string): string {
  if (typeof dir !== 'string') {
    throw new TypeError(
      `The content folder must be given as a path (a string) or a file: URL, not ${dir === null ? 'null' : typeof dir}.`,
    );
  }
  let real: string;
  try {
    real = realpathSync(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const where = named(dir);
    const what =
      code === 'ENOENT'
        ? `There is no content folder at ${where}`
        : `The content folder ${where} cannot be reached (${code ?? (error as Error).message})`;
    throw Object.assign(
      new Error(
        `${what}. Give the folder that holds posts/ (and events/, speakers.yaml, talks.yaml).`,
        {
          cause: error,
        },
      ),
      { code },
    );
  }
  // A file read as a folder would give no post and a system error for each of its parts.
  if (!statSync(real).isDirectory()) {
    throw Object.assign(
      new Error(
        `The content folder ${named(dir)} is a file, not a folder. Give the folder that holds posts/ (and events/, speakers.yaml, talks.yaml).`,
      ),
      { code: 'ENOTDIR' },
    );
  }
  return real;
}
