import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { chmod, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { cleanedUpOnSignal } from './cleaned-up-on-signal.ts';

/**
 * Writes `text` (or its chunks, one after the other) to `file` through a temporary name beside
 * it, so a reader never sees half a file. The temporary file does not outlive a failed write,
 * nor a Ctrl-C or kill during the write: the process removes it and then ends by the same signal.
 * `mode` gives the file those permissions (those of a file it replaces, say) from the start.
 * @example await writeWhole('catalog.json', json);
 */
export async function writeWhole(
  file: string,
  text: string | Iterable<string>,
  mode?: number,
): Promise<void> {
  const temporary = temporaryFor(file);
  const removeTemporary = () => rmSync(temporary, { force: true });
  await cleanedUpOnSignal(removeTemporary, async () => {
    try {
      await writeFile(temporary, text, mode === undefined ? undefined : { mode });
      // Exactly as asked: the mode a file is created with is narrowed by the umask.
      if (mode !== undefined) await chmod(temporary, mode);
      await rename(temporary, file);
    } catch (error) {
      removeTemporary();
      throw error;
    }
  });
}

// Most file systems cap a name at 255 bytes.
const MAX_NAME_BYTES = 255;

/**
 * The temporary name beside `file`: its own name with the process's id added, or, when that
 * would pass the longest name a file system takes (a name of 250 bytes), a short one made of
 * its digest, which the rename then failed on once the whole catalog was built.
 */
function temporaryFor(file: string): string {
  const suffix = `.${process.pid}.tmp`;
  const name = basename(file);
  if (Buffer.byteLength(name) + Buffer.byteLength(suffix) <= MAX_NAME_BYTES)
    return `${file}${suffix}`;
  const digest = createHash('sha256').update(name).digest('hex').slice(0, 16);
  return join(dirname(file), `.${digest}${suffix}`);
}
