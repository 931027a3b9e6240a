import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { sourceAt } from './out-over-source.ts';

/**
 * The line for an `--out` that names a folder (`--out out/`, `--out site`): the file to pass
 * instead, in that folder, and whether the folder must be made first; a bare "such as
 * `catalog.json`" led to a file in the working directory, and to a second error when the folder
 * was not there.
 * @example await folderAsOut('out/', 'content') // 'confnotes: cannot write out/: it names a folder, which does not exist. ...'
 */
export async function folderAsOut(path: string, contentDir: string): Promise<string> {
  const inside = join(path, 'catalog.json');
  // Not a file the build reads (`--out content/events` gives `events/catalog.json`), which
  // would be refused in turn: the content folder's own, then.
  const source = await sourceAt(contentDir, inside);
  const file = `\`${source ? join(contentDir, 'catalog.json') : inside}\``;
  const exists = await stat(path).then(
    (info) => info.isDirectory(),
    () => false,
  );
  if (source)
    return `confnotes: cannot write ${path}: it names a folder of the content. Pass a file outside the articles and records, such as ${file}.`;
  return exists
    ? `confnotes: cannot write ${path}: it names a folder. Pass a file in it, such as ${file}.`
    : `confnotes: cannot write ${path}: it names a folder, which does not exist. Make the folder and pass a file in it, such as ${file}.`;
}
