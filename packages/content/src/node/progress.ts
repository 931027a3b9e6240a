/** Where a progress line is drawn: a terminal stream such as `process.stderr`. */
export interface ProgressStream {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

/** A progress line: `update` as work gets done, `end` to clear it. */
export interface Progress {
  readonly update: (done: number, total: number) => void;
  readonly end: () => void;
}

/**
 * A one-line progress display ("Reading articles 1200/10000 (12%)") for long builds, redrawn at
 * most every `interval` ms and only once the build has run for `delay` ms, so short builds show
 * nothing. Undefined when the stream is not a terminal: logs and pipes stay clean.
 * @example const progress = terminalProgress(process.stderr); await loadCatalog(dir, { onProgress: progress?.update }); progress?.end();
 */
export function terminalProgress(
  stream: ProgressStream,
  { label = 'Reading articles', delay = 300, interval = 100 } = {},
): Progress | undefined {
  if (!stream.isTTY) return undefined;
  const start = performance.now();
  let last = -Infinity;
  let shown = false;
  return {
    update(done, total) {
      const now = performance.now();
      if (now - start < delay || (now - last < interval && done < total)) return;
      last = now;
      shown = true;
      const percent = total ? Math.floor((100 * done) / total) : 100;
      stream.write(`\r\x1b[K${label} ${done}/${total} (${percent}%)`);
    },
    end() {
      if (shown) stream.write('\r\x1b[K');
    },
  };
}
