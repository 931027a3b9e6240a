import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../src/test/catalog-fixture.ts';
import { startTerminal, type Terminal } from './tmux.ts';

const cli = new URL('../dist/cli.js', import.meta.url).pathname;
let dir: string;
let term: Terminal | undefined;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'confnotes-reader-bg-'));
  writeFileSync(join(dir, 'catalog.json'), JSON.stringify(fixtureCatalog()));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => term?.close());

/** The reader in a terminal whose background is white, and what it wrote to it. */
async function onWhite(env: Record<string, string>): Promise<string> {
  const log = join(dir, `raw-${Object.keys(env).join('-')}.log`);
  term = startTerminal(
    `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} --catalog ${JSON.stringify(join(dir, 'catalog.json'))}; sleep 600`,
    {
      columns: 80,
      rows: 24,
      // tmux answers OSC 11 with the background its window style sets.
      config: 'set -g window-style bg=white',
      env: { TERM: 'xterm-256color', NO_COLOR: '', ...env },
      rawLog: log,
    },
  );
  await term.waitFor('1 Posts 3');
  await term.keys('q');
  return readFileSync(log, 'latin1');
}

describe('the palette on a light terminal that sets no COLORFGBG', () => {
  it('is the light one, from the background the terminal reports', async () => {
    const raw = await onWhite({});
    // The title's accent: dark blue (25) in the light palette, pale blue (117) in the dark.
    expect(raw).toContain('38;5;25m');
    expect(raw).not.toContain('38;5;117m');
  });

  it('is the one COLORFGBG names, when it names one', async () => {
    const raw = await onWhite({ COLORFGBG: '15;0' });
    expect(raw).toContain('38;5;117m');
  });
});
