import { rmSync } from 'node:fs';
import { chmod, rename, writeFile } from 'node:fs/promises';
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
  const temporary = `${file}.${process.pid}.tmp`;
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
