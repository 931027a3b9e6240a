import { readFile, stat } from 'node:fs/promises';
import { extname, sep } from 'node:path';
import { acceptCatalog, loadSchemas } from './data/catalog-check.ts';
import type { Loader } from './reader.tsx';

// The loaders that read the file system, and what they say when the path given is not what it
// should be: the system's own words (`ENOENT: no such file or directory, lstat '...'`) name a
// call, not what the user gave or what to give instead.

type Source = 'directory' | 'catalog';

/** What to tell the user when reading `path`, given as a `source`, failed with `error`. */
function sourceProblem(error: unknown, path: string, source: Source): Error {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') {
    return new Error(
      source === 'directory'
        ? `There is no content directory at ${path}. Pass the folder that holds posts/ (./content when none is given).`
        : `There is no catalog file at ${path}. Give --catalog a catalog exported as JSON (confnotes export --out <file>).`,
    );
  }
  if (code === 'EISDIR') {
    return new Error(
      `${path} is a folder, not a catalog file. A content folder is read without --catalog: confnotes-reader ${path}`,
    );
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return new Error(`Cannot read ${path}: permission denied. Make it readable by this user.`);
  }
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * What to say when a file was given as the content directory: a JSON file is likely a catalog,
 * to read with --catalog; anything else (an article, as a Markdown pager would take) is likely
 * inside the content directory wanted, which is named when the path goes through its posts/.
 */
function notADirectory(file: string): string {
  const head = `${file} is a file, not a content directory.`;
  if (extname(file).toLowerCase() === '.json') {
    return `${head} Pass the folder that holds posts/, or read a catalog file with --catalog ${file}`;
  }
  const parts = file.split(sep);
  const posts = parts.lastIndexOf('posts', parts.length - 2);
  const content = posts > 0 ? parts.slice(0, posts).join(sep) || sep : undefined;
  return content
    ? `${head} The reader reads a whole content directory: pass the folder that holds posts/ (here ${content}), and open the article from the list.`
    : `${head} The reader reads a whole content directory: pass the folder that holds posts/.`;
}

/**
 * A loader for a catalog file written as JSON (what `confnotes export` or the API returns). The
 * list fields are checked before the first frame, every record against its schema after it.
 */
export function catalogFileLoader(file: string): Loader {
  return async (progress) => {
    progress(`reading ${file}`);
    // The schemas load while the file is read.
    loadSchemas();
    const text = await readFile(file, 'utf8').catch((error: unknown) => {
      throw sourceProblem(error, file, 'catalog');
    });
    progress(`parsing ${Math.round(text.length / 1024)} KiB of catalog`);
    // Let the progress frame reach the screen before parsing takes the event loop.
    await new Promise((resolve) => setImmediate(resolve));
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      throw new Error(
        `${file} is not JSON (${(error as Error).message}). Give --catalog a catalog exported as JSON (confnotes export --out <file>); a content folder is read without --catalog.`,
      );
    }
    return acceptCatalog(raw, file);
  };
}

/** A loader that builds the catalog from a content directory with the core package. */
export function directoryLoader(dir: string): Loader {
  return async (progress) => {
    const info = await stat(dir).catch((error: unknown) => {
      throw sourceProblem(error, dir, 'directory');
    });
    // The core reads a file given as the directory as an empty catalog: "No posts" would hide
    // that the user gave a catalog file without --catalog.
    if (!info.isDirectory()) throw new Error(notADirectory(dir));
    // The catalog builder (Markdown parsing and all) is loaded only when a directory is read.
    const { contentDirProblem, loadCatalog } = await import('@confnotes/content/node');
    // A folder that holds no content (`content/posts`, a home folder) would read as an empty
    // catalog, "No posts", as if the articles had gone: the core says what is wrong, as the CLI.
    const problem = await contentDirProblem(dir);
    if (problem) throw new Error(problem);
    progress(`reading the articles in ${dir}`);
    return loadCatalog(dir, {
      onProgress: (done, total) => progress(`parsed ${done} of ${total} articles in ${dir}`),
    });
  };
}
