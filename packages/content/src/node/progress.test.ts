import { describe, expect, it } from 'vitest';
import { terminalProgress } from './progress.ts';

const stream = (isTTY: boolean) => {
  const written: string[] = [];
  return { isTTY, written, write: (text: string) => written.push(text) };
};

describe('terminalProgress', () => {
  it('draws a progress line on a terminal and clears it at the end', () => {
    const tty = stream(true);
    const progress = terminalProgress(tty, { delay: 0, interval: 0 });
    progress?.update(5, 10);
    progress?.update(10, 10);
    progress?.end();
    expect(tty.written).toEqual([
      '\r\x1b[KReading articles 5/10 (50%)',
      '\r\x1b[KReading articles 10/10 (100%)',
      '\r\x1b[K',
    ]);
  });

  it('stays quiet when the stream is not a terminal', () => {
    const pipe = stream(false);
    expect(terminalProgress(pipe, { delay: 0, interval: 0 })).toBeUndefined();
    expect(pipe.written).toEqual([]);
  });

  it('shows nothing for a build shorter than the delay', () => {
    const tty = stream(true);
    const progress = terminalProgress(tty, { delay: 60_000 });
    progress?.update(10, 10);
    progress?.end();
    expect(tty.written).toEqual([]);
  });
});
