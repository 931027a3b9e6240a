import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { snapshotBody } from './catalog-snapshot.ts';
import type { SegmentAnswer } from './segment-read-worker.ts';
import { THREAD_LIMITS } from './thread-limits.ts';

// The worker runs from source in the repository (Node strips the types) and from dist/ once built.
const workerUrl = new URL(
  `./segment-read-worker.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`,
  import.meta.url,
);

// Files read and checked ahead of the one being decoded.
const AHEAD = 8;

/** Snapshot files being read in order, each taken once. */
export interface SegmentReads {
  /** The checked body of file `index`, or undefined when it is missing or damaged. */
  take(index: number): Promise<Buffer | undefined>;
  /** Stops reading; files not taken are let go. */
  end(): void;
}

/**
 * Reads snapshot files (written by `writeSnapshot`, each under its own name as key) in order
 * and checks them on a worker thread, a few ahead of the ones taken: reading and checking
 * them costs the calling thread a good part of what decoding them does. Without a thread
 * (some bundlers' runtimes), or once it fails or ends, they are read on this one. `workerUrl`
 * replaces the package's worker module.
 * @example const reads = readSegments(dir, names); const body = await reads.take(0); reads.end();
 */
export function readSegments(
  dir: string,
  names: readonly string[],
  options: { readonly workerUrl?: URL } = {},
): SegmentReads {
  const arrived = new Map<number, Buffer | undefined>();
  const waiting = new Map<number, (body: Buffer | undefined) => void>();
  let worker: Worker | undefined;
  const inThread = (index: number) =>
    readFile(join(dir, names[index]!)).then(
      (bytes) => snapshotBody(bytes, names[index]!),
      () => undefined,
    );
  const fail = () => {
    // The thread is gone: what it did not send is read here.
    void worker?.terminate();
    worker = undefined;
    for (const [index, resolve] of waiting) void inThread(index).then(resolve);
    waiting.clear();
  };
  try {
    worker = new Worker(options.workerUrl ?? workerUrl, {
      workerData: { dir, names: [...names], ahead: AHEAD },
      resourceLimits: THREAD_LIMITS,
    });
    worker.on('error', fail);
    // A thread that ends before it is told to (out of memory, say) would leave reads waiting.
    worker.on('exit', fail);
    worker.on('message', ({ index, body }: SegmentAnswer) => {
      const buffer = body && Buffer.from(body.buffer, body.byteOffset, body.byteLength);
      const resolve = waiting.get(index);
      if (resolve) {
        waiting.delete(index);
        resolve(buffer);
      } else arrived.set(index, buffer);
    });
  } catch {
    worker = undefined;
  }
  return {
    take(index) {
      worker?.postMessage('more');
      if (arrived.has(index)) {
        const body = arrived.get(index);
        arrived.delete(index);
        return Promise.resolve(body);
      }
      if (!worker) return inThread(index);
      return new Promise((resolve) => waiting.set(index, resolve));
    },
    end() {
      void worker?.terminate();
      worker = undefined;
      arrived.clear();
    },
  };
}
