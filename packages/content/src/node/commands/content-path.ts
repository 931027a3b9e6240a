import { join, relative } from 'node:path';

/**
 * A path of the content folder `dir` as the user would type it from the working directory:
 * `content/posts/x.md` for `posts/x.md` when `dir` is `content`.
 */
export function contentPath(dir: string, file: string): string {
  return relative(process.cwd(), join(dir, file)) || file;
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
