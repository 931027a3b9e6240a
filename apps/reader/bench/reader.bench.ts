// Measures the reader as a person meets it, in a real terminal (tmux): time from start to the
// first full frame with the catalog, time from a keystroke in the list filter to the updated
// frame, and peak memory. Runs on the seed articles and on a generated 10,000-post catalog, and
// prints the ratio between them. Run with `npm run bench -w @confnotes/reader`.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadCatalog } from '@confnotes/content/node';
import { syntheticCatalog } from './synthetic-catalog.ts';

const root = new URL('..', import.meta.url).pathname;
const cli = join(root, 'dist/cli.js');
const work = mkdtempSync(join(tmpdir(), 'confnotes-reader-bench-'));
type Figures = {
  firstFrameMs: number;
  firstFrameCpuMs: number;
  filterMs: number[];
  inAppMs: number[];
  cpuMs: number[];
  peakMb: number;
};

const tmux = (socket: string, ...args: string[]) =>
  execFileSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], { encoding: 'utf8' });

async function measure(name: string, catalogFile: string): Promise<Figures> {
  const socket = `confnotes-bench-${process.pid}-${name}`;
  const timing = join(work, `${name}.timing`);
  const time = join(work, `${name}.time`);
  // GNU time reports the peak resident set size; the reader reports its first frame itself.
  const command = `CONFNOTES_READER_TIMING=1 /usr/bin/time -f %M -o ${time} ${process.execPath} ${cli} --catalog ${catalogFile} 2>${timing}`;
  tmux(socket, 'new-session', '-d', '-s', 'b', '-x', '100', '-y', '30', command);
  const screen = () => tmux(socket, 'capture-pane', '-p', '-t', 'b');
  const waitFor = async (test: (s: string) => boolean) => {
    const start = performance.now();
    while (performance.now() - start < 60_000) {
      const s = screen();
      if (test(s)) return performance.now() - start;
      await sleep(2);
    }
    throw new Error(`${name}: timed out; the screen shows\n${screen()}`);
  };
  const filterMs: number[] = [];
  try {
    await waitFor((s) => s.includes('1 Posts'));
    await sleep(300);
    tmux(socket, 'send-keys', '-t', 'b', '/');
    await waitFor((s) => s.includes('filter:'));
    // Each keystroke narrows the list; the frame is updated when the new count shows.
    let typed = '';
    for (const char of 'notes12') {
      typed += char;
      const before = screen();
      const sent = performance.now();
      tmux(socket, 'send-keys', '-t', 'b', '-l', char);
      await waitFor((s) => s !== before && s.includes(`filter: ${typed}`));
      filterMs.push(performance.now() - sent);
    }
    tmux(socket, 'send-keys', '-t', 'b', 'Escape');
    await sleep(100);
    tmux(socket, 'send-keys', '-t', 'b', 'q');
    for (let i = 0; i < 100 && !readFileSync(time, { encoding: 'utf8', flag: 'a+' }).trim(); i++)
      await sleep(50);
  } finally {
    // A run that fails must not leave its tmux server behind.
    spawnSync('tmux', ['-L', socket, 'kill-server']);
  }
  const log = readFileSync(timing, 'utf8');
  const first = /first frame (\d+)ms cpu (\d+)ms/.exec(log);
  const firstFrameMs = Number(first?.[1]);
  const firstFrameCpuMs = Number(first?.[2]);
  // The reader's own clock, from reading a key to the frame it caused; the first is the `/`.
  const keys = [...log.matchAll(/key to frame ([\d.]+)ms cpu ([\d.]+)ms/g)].slice(
    1,
    1 + filterMs.length,
  );
  const inAppMs = keys.map((m) => Number(m[1]));
  const cpuMs = keys.map((m) => Number(m[2]));
  const peakMb = Number(readFileSync(time, 'utf8').trim().split('\n').at(-1)) / 1024;
  return { firstFrameMs, firstFrameCpuMs, filterMs, inAppMs, cpuMs, peakMb };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

if (spawnSync('tmux', ['-V']).status !== 0 || spawnSync('/usr/bin/time', ['true']).status !== 0) {
  console.error('The benchmark needs tmux and GNU time (/usr/bin/time).');
  process.exit(1);
}
const loadAtStart = loadavg()[0]!;
const seeds = (await loadCatalog(join(root, '../../content'))).catalog;
const files = { seeds: join(work, 'seeds.json'), large: join(work, 'large.json') };
writeFileSync(files.seeds, JSON.stringify(seeds));
const t = performance.now();
writeFileSync(files.large, JSON.stringify(syntheticCatalog(10_000)));
console.log(`generated 10,000 posts in ${Math.round(performance.now() - t)} ms`);

const results: Record<string, Figures> = {};
for (const [name, file] of Object.entries(files)) results[name] = await measure(name, file);
rmSync(work, { recursive: true, force: true });

const goals = { firstFrameMs: 700, filterMs: 50, peakMb: 400 };
console.log(
  `machine load average (1 min): ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end, on ${availableParallelism()} cores`,
);
console.log(
  `\n${'catalog'.padEnd(18)}${'first frame'.padStart(14)}${'(CPU)'.padStart(9)}${'filter median'.padStart(16)}${'filter max'.padStart(13)}${'in-app median'.padStart(16)}${'in-app CPU'.padStart(13)}${'peak RSS'.padStart(12)}`,
);
for (const [name, r] of Object.entries(results)) {
  const label = name === 'seeds' ? `seeds (${seeds.posts.length} posts)` : '10,000 posts';
  console.log(
    `${label.padEnd(18)}${`${r.firstFrameMs} ms`.padStart(14)}${`${r.firstFrameCpuMs} ms`.padStart(9)}${`${median(r.filterMs).toFixed(1)} ms`.padStart(16)}${`${Math.max(...r.filterMs).toFixed(1)} ms`.padStart(13)}${`${median(r.inAppMs).toFixed(1)} ms`.padStart(16)}${`${median(r.cpuMs).toFixed(1)} ms`.padStart(13)}${`${r.peakMb.toFixed(0)} MB`.padStart(12)}`,
  );
}
const { seeds: s, large: l } = results as { seeds: Figures; large: Figures };
console.log(
  `\n10,000 posts vs seeds: first frame x${(l.firstFrameMs / s.firstFrameMs).toFixed(1)}, filter x${(median(l.filterMs) / median(s.filterMs)).toFixed(1)}, memory x${(l.peakMb / s.peakMb).toFixed(1)}`,
);
console.log(
  `goals at 10,000 posts: first frame < ${goals.firstFrameMs} ms ${l.firstFrameMs < goals.firstFrameMs ? 'met' : 'MISSED'}, filter < ${goals.filterMs} ms ${median(l.filterMs) < goals.filterMs ? 'met' : 'MISSED'} (median), memory < ${goals.peakMb} MB ${l.peakMb < goals.peakMb ? 'met' : 'MISSED'}`,
);
console.log(
  '(filter: keystroke sent to frame seen through tmux, which adds its redraw and capture polling; in-app: key read to frame written, by the reader itself; CPU: CPU time the reader spent, all threads, which a loaded machine does not stretch as it does the wall clock.)',
);
