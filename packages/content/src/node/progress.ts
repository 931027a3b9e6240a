/** Where a progress line is drawn: a terminal stream such as `process.stderr`. */
export interface ProgressStream {
  readonly isTTY?: boolean;
  /** Its width, when known: the line is cut to it, since a wrapped line cannot be redrawn. */
  readonly columns?: number;
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
 * nothing. Undefined when the stream is not a terminal: logs and pipes stay clean. Once every
 * article is read it says that the catalog is being built ("Building the catalog from 10000
 * articles"), by then or as soon as the delay is over: that takes a good part of a build, and a
 * line frozen at 100% looks like a hang.
 * @example const progress = terminalProgress(process.stderr); await loadCatalog(dir, { onProgress: progress?.update }); progress?.end();
 */
export function terminalProgress(
  stream: ProgressStream,
  { label = 'Reading articles', delay = 300, interval = 100, term = process.env.TERM } = {},
): Progress | undefined {
  if (!stream.isTTY) return undefined;
  // A dumb terminal knows no escape sequences: the line is written over with spaces instead.
  const dumb = term === 'dumb';
  const start = performance.now();
  let last = -Infinity;
  let drawn = 0;
  let building: ReturnType<typeof setTimeout> | undefined;
  const clear = () => (!dumb ? '\r\x1b[K' : drawn ? `\r${' '.repeat(drawn)}\r` : '\r');
  const draw = (text: string) => {
    const line =
      stream.columns && text.length >= stream.columns ? text.slice(0, stream.columns - 1) : text;
    stream.write(`${clear()}${line}`);
    drawn = line.length;
  };
  return {
    update(done, total) {
      const now = performance.now();
      if (total > 0 && done >= total) {
        clearTimeout(building);
        const say = () => draw(`Building the catalog from ${total} articles`);
        // Not drawn yet: a build that ends within the delay still shows nothing.
        if (now - start < delay) building = setTimeout(say, delay - (now - start)).unref();
        else say();
        return;
      }
      if (now - start < delay || now - last < interval) return;
      last = now;
      const percent = total ? Math.floor((100 * done) / total) : 100;
      draw(`${label} ${done}/${total} (${percent}%)`);
    },
    end() {
      clearTimeout(building);
      if (drawn) stream.write(clear());
    },
  };
}
