// A worker thread of `readSegments`: reads snapshot files in order and checks them, keeping a
// few ahead of the calling thread, which asks for one more each time it takes one. The bytes
// are moved to the calling thread, not copied.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { snapshotBody } from './catalog-snapshot.ts';

/** What the worker sends for each file: its checked body, or nothing when it is unusable. */
export interface SegmentAnswer {
  readonly index: number;
  readonly body?: Uint8Array;
}

const { dir, names, ahead } = workerData as { dir: string; names: string[]; ahead: number };
let next = 0;

function send(): void {
  if (next >= names.length) return;
  const index = next++;
  let body: Buffer | undefined;
  try {
    body = snapshotBody(readFileSync(join(dir, names[index]!)), names[index]!);
  } catch {}
  // Only a buffer of its own can be moved; a small file's may share a pool.
  const own =
    body && body.buffer.byteLength <= body.length + 128 ? body : body && Buffer.from(body);
  const answer: SegmentAnswer = { index, body: own };
  parentPort?.postMessage(answer, own ? [own.buffer as ArrayBuffer] : []);
}

parentPort?.on('message', send);
for (let k = 0; k < ahead; k++) send();
