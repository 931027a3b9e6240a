import { statSync } from 'node:fs';

// A content directory that is not there stopped the build with the content loader's message,
// which speaks of `confnotesLoaders` and its `base`: names a site's owner never wrote. It is said
// here, with the variable they set, before Astro starts.

/** A content directory variable that names no folder, and what to set instead. */
export class ContentDirError extends Error {
  override readonly name = 'ContentDirError';
}

/**
 * The content directory `variable` names, resolved to `dir`. Throws a `ContentDirError` saying
 * what to set when there is no folder there.
 * @example checkedContentDir('CONFNOTES_CONTENT_DIR', '../notes', '/home/writer/notes') // '/home/writer/notes'
 */
export function checkedContentDir(variable: string, value: string, dir: string): string {
  let folder = false;
  try {
    folder = statSync(dir).isDirectory();
  } catch {}
  if (folder) return dir;
  const named = value === dir ? '' : `, which names ${dir},`;
  throw new ContentDirError(
    `${variable} is ${JSON.stringify(value)}${named} where there is no folder. Set it to the folder that holds posts/ (and events/, speakers.yaml, talks.yaml); a relative path is taken from where npm, or the build, was started.`,
  );
}
