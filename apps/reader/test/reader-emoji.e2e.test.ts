import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fixtureCatalog, makePost } from '../src/test/catalog-fixture.ts';
import { startTerminal, type Terminal } from './tmux.ts';

const cli = new URL('../dist/cli.js', import.meta.url).pathname;
const HAND = '\u{1f64b}\u{1f3fc}';
const FAMILY = '\u{1f468}\u200d\u{1f469}\u200d\u{1f467}';
const HEARTS = '\u2764\ufe0f\u2764\ufe0f';
let dir: string;
let term: Terminal | undefined;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'confnotes-reader-emoji-'));
  // On a 60-column terminal, the quote's first line is 60 cells where each emoji counts two:
  // its bar, the emoji, a space and a word of 55 letters.
  const word = 'a'.repeat(55);
  const more = 'then the words of a sentence that goes on to wrap';
  // Two hearts tmux draws one cell each: with them, the bar, a space and a word of 54 letters
  // fill the 59 cells a line takes (the last column is left, where a terminal would wrap).
  const body = [
    `> ${HAND} ${word} ${more}`,
    '',
    `${FAMILY} ${word} ${more}`,
    '',
    `> ${HEARTS} ${word.slice(1)} ${more}`,
  ].join('\n');
  const post = makePost({ id: 'emoji', title: 'Emoji in a quote', body, date: '2030-01-01' });
  writeFileSync(
    join(dir, 'catalog.json'),
    JSON.stringify({ ...fixtureCatalog(), posts: [post, ...fixtureCatalog().posts] }),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => term?.close());

describe('emoji sequences in tmux, which draws their parts apart', () => {
  it('keep every line of an article in the window, and the title bar on screen', async () => {
    term = startTerminal(
      `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} --catalog ${JSON.stringify(join(dir, 'catalog.json'))}; sleep 600`,
      { columns: 60, rows: 20, env: { TERM: 'xterm-256color', NO_COLOR: '' } },
    );
    await term.waitFor('Emoji in a quote');
    await term.keys('Enter');
    const screen = await term.waitFor('post › Emoji in a quote');
    const lines = screen.split('\n');
    expect(lines[0]).toContain('confnotes › post › Emoji in a quote');
    // A line that ran past the window would wrap: a quote's every line keeps its bar.
    expect(lines.filter((line) => line.startsWith('│ ')).length).toBeGreaterThan(1);
    for (const line of lines.slice(lines.findIndex((l) => l.includes(HAND)))) {
      if (!line.trim() || line.includes(FAMILY)) break;
      expect(line).toMatch(/^│ /);
    }
    // Counted two cells each, the hearts sent the word past the window, where the terminal
    // wrapped it without the bar. tmux draws them as the heart alone, which the reader writes.
    const hearts = lines.find((line) => line.includes('\u2764'));
    expect(hearts).toMatch(/^│ \u2764\u2764 a{54}$/);
  });
});
