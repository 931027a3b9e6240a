import { realpath, stat, writeFile } from 'node:fs/promises';
import { writeWhole } from '../write-whole.ts';

/**
 * Writes `chunks` to the path given as `--out`. A file is written through a temporary name
 * beside it, so that a reader never sees half of it; when the path is a symbolic link, beside
 * the file it leads to, so that the link stays a link. Anything else that exists (a device
 * such as `/dev/null` or `/dev/stdout`, a named pipe) is written in place: renaming a file over
 * it would replace it, or, in `/dev` and not as root, be refused.
 * @example await writeOut('catalog.json', catalogJson(catalog, 0));
 */
export async function writeOut(path: string, chunks: Iterable<string>): Promise<void> {
  const target = await stat(path).catch(() => undefined);
  if (target && !target.isFile()) await writeFile(path, chunks);
  else await writeWhole(target ? await realpath(path) : path, chunks);
}
