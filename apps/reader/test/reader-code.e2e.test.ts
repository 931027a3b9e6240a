// A post's code in a real terminal: the block is coloured by its tokens once the grammars,
// loaded when the post is opened, are there, with the same lines as before.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fixtureCatalog, makePost } from '../src/test/catalog-fixture.ts';
import { startTerminal, type Terminal } from './tmux.ts';

const cli = new URL('../dist/cli.js', import.meta.url).pathname;
let dir: string;
let term: Terminal | undefined;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'confnotes-reader-code-'));
  const body = [
    'The analyzer she showed:',
    '',
    '```go',
    'func run(pass *analysis.Pass) (any, error) {',
    '\treturn nil, nil // nothing to report',
    '}',
    '```',
  ].join('\n');
  const post = makePost({ id: 'code', title: 'Code on stage', body, date: '2030-01-01' });
  writeFileSync(
    join(dir, 'catalog.json'),
    JSON.stringify({ ...fixtureCatalog(), posts: [post, ...fixtureCatalog().posts] }),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => term?.close());

// xterm-256color's dark palette (theme.ts): code, and a keyword in it.
const CODE = '\u001b[38;5;221m';
const KEYWORD = '\u001b[38;5;203m';

describe('a code block in a terminal of 256 colours', () => {
  it("is drawn in its tokens' colours, each line as written", async () => {
    term = startTerminal(
      `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} --catalog ${JSON.stringify(join(dir, 'catalog.json'))} --theme dark; sleep 600`,
      { columns: 80, rows: 20, env: { TERM: 'xterm-256color', COLORTERM: '', NO_COLOR: '' } },
    );
    await term.waitFor('Code on stage');
    await term.keys('Enter');
    const screen = await term.waitFor('return nil, nil // nothing to report');
    expect(screen).toContain('  func run(pass *analysis.Pass) (any, error) {');
    const deadline = Date.now() + 10_000;
    let styled = term.styledScreen();
    while (!styled.includes(`${KEYWORD}func`) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      styled = term.styledScreen();
    }
    const line = styled.split('\n').find((l) => l.includes('nothing to report'))!;
    expect(line).toContain(`${KEYWORD}return`);
    expect(styled).toContain(CODE);
    expect(term.screen()).toContain('  func run(pass *analysis.Pass) (any, error) {');
  });
});
