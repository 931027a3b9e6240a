import { lstat, readlink, realpath, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { writeWhole } from '../write-whole.ts';
import { standardStreamOf } from './standard-stream.ts';

/**
 * Writes `chunks` to the path given as `--out`. A file is written through a temporary name
 * beside it, so that a reader never sees half of it; when the path is a symbolic link, beside
 * the file it leads to (created if it does not exist yet), so that the link stays a link.
 * Anything else that exists (a device such as `/dev/null`, a named pipe) is written in place:
 * renaming a file over it would replace it, or, in `/dev` and not as root, be refused; and a
 * name of standard output or error (`/dev/stderr`) is written to that stream.
 * @example await writeOut('catalog.json', catalogJson(catalog, 0));
 */
export async function writeOut(path: string, chunks: Iterable<string>): Promise<void> {
  // Standard error (`/dev/stderr`) is written where it stands, as `2>> log.txt` left it: not
  // truncated, not replaced, and still open for what the process says there after.
  const stream = standardStreamOf(path);
  if (stream) return pipeline(Readable.from(chunks), process[stream], { end: false });
  const target = await stat(path).catch((error: NodeJS.ErrnoException) => error);
  if (!(target instanceof Error)) {
    // With the permissions of the file replaced: a private catalog is not made readable to all.
    if (target.isFile()) await writeWhole(await realpath(path), chunks, target.mode & 0o777);
    else await writeFile(path, chunks);
    return;
  }
  // A link to a file not written yet: the file it names is written (a loop of links is ELOOP).
  const link = target.code === 'ENOENT' ? await lstat(path).catch(() => undefined) : undefined;
  if (link?.isSymbolicLink()) return writeOut(resolve(dirname(path), await readlink(path)), chunks);
  await writeWhole(path, chunks);
}
