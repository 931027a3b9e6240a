// Writes the prepared form of a catalog file in a worker thread, so a server that has just read
// the whole file keeps answering while the search index for the next start is built.
import { stat } from 'node:fs/promises';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { readCatalogText } from './catalog-file.ts';
import { writePreparedCatalog } from './prepared-catalog.ts';

const { file } = workerData as { file: string };
// Lowest priority, so the server's own thread (which answers requests, and may be building the
// same search index for a first search) gets the cores first. On Linux this is per thread.
try {
  setPriority(19);
} catch {
  // Not allowed here: run at the usual priority.
}
// The stamp is taken before reading: a file changed while it is read is never taken for this one.
const before = await stat(file, { bigint: true });
// Only the tag of the text is kept: the text itself, the file's size in memory, can go while
// the search index is built.
const {
  catalog,
  text: { tag },
} = await readCatalogText(file);
const target = writePreparedCatalog(file, catalog, tag, {
  size: Number(before.size),
  mtimeNs: before.mtimeNs.toString(),
});
parentPort?.postMessage(target);
