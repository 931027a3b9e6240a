import { describe, expect, it } from 'vitest';
import { terminalProgress } from './progress.ts';

const stream = (isTTY: boolean) => {
  const written: string[] = [];
  return { isTTY, written, write: (text: string) => written.push(text) };
};

describe('terminalProgress', () => {
  it('draws a progress line on a terminal and clears it at the end', () => {
    const tty = stream(true);
    const progress = terminalProgress(tty, { delay: 0, interval: 0, term: 'xterm-256color' });
    progress?.update(5, 10);
    progress?.update(10, 10);
    progress?.end();
    expect(tty.written).toEqual([
      '\r\x1b[KReading articles 5/10 (50%)',
      '\r\x1b[KBuilding the catalog from 10 articles',
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

  it('says the catalog is being built once the articles are read, when the delay is over', async () => {
    const tty = stream(true);
    const progress = terminalProgress(tty, { delay: 250, interval: 0, term: 'xterm' });
    // Read within the delay (from a cache, say): the build of the catalog may still be long.
    progress?.update(10, 10);
    expect(tty.written).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(tty.written).toEqual(['\r\x1b[KBuilding the catalog from 10 articles']);
    progress?.end();
    // A build that ended within the delay draws nothing after it.
    const short = stream(true);
    const ended = terminalProgress(short, { delay: 250, interval: 0, term: 'xterm' });
    ended?.update(10, 10);
    ended?.end();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(short.written).toEqual([]);
  });

  it('writes no escape sequence to a dumb terminal, and overwrites with spaces', () => {
    const tty = stream(true);
    const progress = terminalProgress(tty, { delay: 0, interval: 0, term: 'dumb' });
    progress?.update(95, 100);
    progress?.update(100, 100);
    progress?.end();
    expect(tty.written.join('')).not.toContain('\x1b');
    expect(tty.written).toEqual([
      '\rReading articles 95/100 (95%)',
      `\r${' '.repeat(29)}\rBuilding the catalog from 100 articles`,
      `\r${' '.repeat(38)}\r`,
    ]);
  });

  it('cuts the line to a narrow terminal, which would wrap it and leave copies behind', () => {
    const tty = { ...stream(true), columns: 12 };
    terminalProgress(tty, { delay: 0, interval: 0, term: 'xterm' })?.update(1, 2);
    expect(tty.written).toEqual(['\r\x1b[KReading art']);
  });
});
