import { isAbsolute, join, relative, sep } from 'node:path';

/**
 * A path of the content folder `dir` as the user would type it from the working directory:
 * `content/posts/x.md` for `posts/x.md` when `dir` is `content`. A folder given by an absolute
 * path outside the working directory keeps it: `/tmp/site/posts/x.md`, not `../../tmp/...`,
 * which climbs as many folders as the working directory is deep.
 */
export function contentPath(dir: string, file: string): string {
  const path = join(dir, file);
  const fromHere = relative(process.cwd(), path);
  if (isAbsolute(dir) && (fromHere === '..' || fromHere.startsWith(`..${sep}`))) return path;
  return fromHere || file;
}

/**
 * A hint with the curated files it names ("`talks.yaml` of the content folder") named by their
 * path in the folder the user gave, so that `check mydir` points at `mydir/talks.yaml`.
 * @example hintIn('mydir', 'add it to `talks.yaml` of the content folder.') // 'add it to `mydir/talks.yaml`.'
 */
export function hintIn(dir: string, hint: string): string {
  return hint.replace(
    /`([\w-]+\.yaml)` of the content folder/g,
    (_, file: string) => `\`${contentPath(dir, file)}\``,
  );
}
