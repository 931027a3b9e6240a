import { rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { snapshotBody } from './catalog-snapshot.ts';
import type { SegmentAnswer } from './segment-read-worker.ts';
import { newSpillFile, TextSpill } from './text-spill.ts';
import { THREAD_LIMITS } from './thread-limits.ts';

// The worker runs from source in the repository (Node strips the types) and from dist/ once built.
const workerUrl = new URL(
  `./segment-read-worker.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`,
  import.meta.url,
);

// Files read and checked ahead of the one being decoded, asked for a few at a time: each
// message to the thread cost the calling thread some 0.1 ms.
const AHEAD = 8;
const MORE = 4;

/**
 * Fewer files than this are read on the calling thread: the thread takes some 50 ms to start.
 * Measured reading stored catalogs: 1,000 posts (25 files) took 49-62 ms so and 90-93 ms with
 * the thread; 10,000 posts (247 files) 357-411 ms so and 202-233 ms with the thread.
 */
const MIN_FILES_FOR_THREAD = 64;

/** A file's checked body, and where its long strings are in `SegmentReads.spill`, if there. */
export interface SegmentRead {
  readonly body: Buffer;
  readonly placed?: readonly number[];
}

/** Snapshot files being read in order, each taken once. */
export interface SegmentReads {
  /** File `index`, or undefined when it is missing or damaged. */
  take(index: number): Promise<SegmentRead | undefined>;
  /** The spill the files' long strings were put in, once one was. */
  readonly spill: TextSpill | undefined;
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
  options: {
    readonly workerUrl?: URL;
    readonly spillDir?: string;
    /** Files from which a thread reads them (default 64). */
    readonly minFilesForThread?: number;
  } = {},
): SegmentReads {
  const arrived = new Map<number, SegmentRead | undefined>();
  const waiting = new Map<number, (read: SegmentRead | undefined) => void>();
  let worker: Worker | undefined;
  const threaded = names.length >= (options.minFilesForThread ?? MIN_FILES_FOR_THREAD);
  // Made here, so that `end` removes it whether or not the worker has opened it yet.
  let spillFile =
    options.spillDir === undefined || !threaded ? undefined : newSpillFile(options.spillDir);
  try {
    if (spillFile) writeFileSync(spillFile, '', { flag: 'wx' });
  } catch {
    spillFile = undefined;
  }
  let spill: TextSpill | undefined;
  let taken = 0;
  const inThread = (index: number) =>
    readFile(join(dir, names[index]!)).then(
      (bytes) => {
        const body = snapshotBody(bytes, names[index]!);
        return body && { body };
      },
      () => undefined,
    );
  const fail = () => {
    // The thread is gone: what it did not send is read here.
    void worker?.terminate();
    worker = undefined;
    for (const [index, resolve] of waiting) void inThread(index).then(resolve);
    waiting.clear();
  };
  if (threaded)
    try {
      worker = new Worker(options.workerUrl ?? workerUrl, {
        workerData: { dir, names: [...names], ahead: AHEAD, spill: spillFile },
        resourceLimits: THREAD_LIMITS,
      });
      worker.on('error', fail);
      // A thread that ends before it is told to (out of memory, say) would leave reads waiting.
      worker.on('exit', fail);
      worker.on('message', ({ index, body, placed }: SegmentAnswer) => {
        // The spill is opened here once the worker has made it; its strings are read from here.
        if (placed && !spill && spillFile) spill = TextSpill.adopt(spillFile);
        const read = body && {
          body: Buffer.from(body.buffer, body.byteOffset, body.byteLength),
          ...(placed && spill && { placed }),
        };
        const resolve = waiting.get(index);
        if (resolve) {
          waiting.delete(index);
          resolve(read);
        } else arrived.set(index, read);
      });
    } catch {
      worker = undefined;
    }
  return {
    take(index) {
      if (++taken % MORE === 0) worker?.postMessage(MORE);
      if (arrived.has(index)) {
        const read = arrived.get(index);
        arrived.delete(index);
        return Promise.resolve(read);
      }
      if (!worker) return inThread(index);
      return new Promise((resolve) => waiting.set(index, resolve));
    },
    get spill() {
      return spill;
    },
    end() {
      // Told rather than terminated, so that it closes the spill it writes.
      worker?.postMessage('end');
      worker?.unref();
      worker = undefined;
      arrived.clear();
      // A spill never opened here is nobody's.
      if (spillFile && !spill) rmSync(spillFile, { force: true });
    },
  };
}
