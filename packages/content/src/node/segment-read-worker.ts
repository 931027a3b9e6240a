// A worker thread of `readSegments`: reads snapshot files in order and checks them, keeping a
// few ahead of the calling thread, which asks for more as it takes them. The bytes
// are moved to the calling thread, not copied. Given a spill file, it also writes each file's
// long strings there, which the calling thread would otherwise do between decoding.
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMarkedAsUntransferable, parentPort, workerData } from 'node:worker_threads';
import { snapshotBody } from './catalog-snapshot.ts';
import { pooledLayout } from './pooled-codec.ts';
import { writeAllAt } from './positioned-io.ts';

/** What the worker sends for each file: its checked body, or nothing when it is unusable. */
export interface SegmentAnswer {
  readonly index: number;
  readonly body?: Uint8Array;
  /**
   * Where in the spill file each pool segment of long strings of the body's first encoding
   * is, by segment index; -1 for the others.
   */
  readonly placed?: number[];
}

const { dir, names, ahead, spill } = workerData as {
  dir: string;
  names: string[];
  ahead: number;
  spill?: string;
};
let next = 0;
let fd: number | undefined;
let spilled = 0;
let spilling = spill !== undefined;

// A file that cannot be written stops the spilling: the calling thread spills the rest.
function place(body: Buffer): number[] | undefined {
  if (!spilling) return undefined;
  try {
    const { segments } = pooledLayout(body);
    if (!segments.some((s) => s.kind & 2)) return undefined;
    fd ??= openSync(spill!, 'r+');
    return segments.map((s) => {
      if (!(s.kind & 2)) return -1;
      const at = spilled;
      spilled += writeAllAt(fd!, body.subarray(s.start, s.start + s.length), at);
      return at;
    });
  } catch {
    spilling = false;
    return undefined;
  }
}

function send(): void {
  if (next >= names.length) return;
  const index = next++;
  let body: Buffer | undefined;
  try {
    body = snapshotBody(readFileSync(join(dir, names[index]!)), names[index]!);
  } catch {}
  const placed = body && place(body);
  // Only a buffer of its own can be moved; a small file's shares Node's pool, which cannot be,
  // and so does a small copy made with `Buffer.from`.
  const own =
    body && !isMarkedAsUntransferable(body.buffer) && body.buffer.byteLength <= body.length + 128
      ? body
      : body && new Uint8Array(body);
  const answer: SegmentAnswer = { index, body: own, ...(placed && { placed }) };
  parentPort?.postMessage(answer, own ? [own.buffer as ArrayBuffer] : []);
  if (next >= names.length && fd !== undefined) {
    closeSync(fd);
    fd = undefined;
  }
}

parentPort?.on('message', (message: number | 'end') => {
  if (message !== 'end') {
    for (let k = 0; k < message; k++) send();
    return;
  }
  if (fd !== undefined) closeSync(fd);
  // Let the thread end as it would with nothing left to do, not cut short by `process.exit`.
  parentPort?.close();
});
for (let k = 0; k < ahead; k++) send();
