// Every screen of the reader over a catalog with terminal escapes in every field it shows, in a
// real terminal whose raw output is captured: the escapes appear as visible stand-ins (`^[`,
// `<U+202E>`) and none reaches the terminal. HARDEN_ROUNDS=n repeats the walk with the payloads
// shifted across the fields; HARDEN_REPORT=file receives the figures.
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { hostileCatalog, RAW_FINGERPRINTS, RAW_UNICODE } from './harden-catalog.ts';
import { startTerminal, type Terminal } from './tmux.ts';

const cli = new URL('../dist/cli.js', import.meta.url).pathname;
const rounds = Number(process.env.HARDEN_ROUNDS ?? 1);
let dir: string;
let term: Terminal | undefined;
const totals = { inputs: 0, injections: 0, walks: 0 };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'confnotes-reader-harden-'));
});
afterEach(() => term?.close());
afterAll(() => {
  if (process.env.HARDEN_REPORT) {
    appendFileSync(process.env.HARDEN_REPORT, `${JSON.stringify({ app: 'reader', ...totals })}\n`);
  }
  rmSync(dir, { recursive: true, force: true });
});

/** The reader on `catalogFile` in a shell that reports its exit code after it quits. */
function launch(catalogFile: string, rawLog: string): Terminal {
  const script = [
    `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} --catalog ${JSON.stringify(catalogFile)}`,
    'echo "reader-exit=$?"',
    'sleep 600',
  ].join('; ');
  // A test walks several catalogs: afterEach closes only the last terminal, and each one waits
  // ten minutes after the reader quits.
  term?.close();
  term = startTerminal(`sh -c '${script.replaceAll("'", "'\\''")}'`, {
    columns: 100,
    rows: 30,
    env: { TERM: 'xterm-256color', NO_COLOR: '', FORCE_HYPERLINK: '1' },
    rawLog,
  });
  return term;
}

/** What of the raw output a payload wrote: its fingerprints, C1 and bidi controls, bad links. */
function leaks(rawLog: string): string[] {
  // Before its first frame, on the alternate screen, the reader asks the terminal how it draws
  // emoji (a cursor position request among them): the catalog is shown only after.
  const fromScreen = (text: string) => text.slice(Math.max(0, text.indexOf('\u001b[?1049h')));
  const raw = fromScreen(readFileSync(rawLog, 'latin1'));
  const utf8 = fromScreen(readFileSync(rawLog, 'utf8'));
  const found = RAW_FINGERPRINTS.filter(([, bytes]) => raw.includes(bytes)).map(([name]) => name);
  const unicode = RAW_UNICODE.exec(utf8);
  if (unicode) found.push(`U+${unicode[0].codePointAt(0)!.toString(16)}`);
  // The reader leaves the alternate screen once, when it quits; a payload would do it earlier.
  if (raw.split('\u001b[?1049l').length > 2) found.push('left the alternate screen early');
  for (const m of utf8.matchAll(/\u001b\]8;[^;\u001b]*;([^\u001b\u0007]*)/g)) {
    if (!/^[\x21-\x7e]*$/.test(m[1]!)) found.push(`hyperlink target ${JSON.stringify(m[1])}`);
  }
  return found;
}

async function walk(offset: number): Promise<string[]> {
  const { catalog, inputs } = hostileCatalog(offset);
  const catalogFile = join(dir, `catalog-${offset}.json`);
  const rawLog = join(dir, `raw-${offset}.log`);
  writeFileSync(catalogFile, JSON.stringify(catalog));
  totals.inputs += inputs;
  const t = launch(catalogFile, rawLog);
  const shown: string[] = [];
  const see = async (text: string | RegExp) => {
    const screen = await t.waitFor(text);
    shown.push(screen);
    return screen;
  };

  await see('1 Posts 3');
  // Each post: the pager from top to bottom, every link selected in turn.
  for (let i = 0; i < catalog.posts.length; i++) {
    await t.keys('g', ...Array.from({ length: i }, () => 'j'), 'Enter');
    await see('post ›');
    await t.keys('Tab', 'Tab', 'Tab', 'G');
    await see(/\d+\/\d+ +(\d+%|all)/);
    await t.keys('Escape');
    await see('1 Posts 3');
  }
  await t.keys('2');
  await see('2 Talks 3');
  for (let i = 0; i < catalog.talks.length; i++) {
    await t.keys('g', ...Array.from({ length: i }, () => 'j'), 'Enter');
    await see('talk ›');
    await t.keys('G', 'Enter');
    await see(/(speaker|post|event) ›/);
    await t.keys('Escape', 'Escape');
    await see('2 Talks 3');
  }
  await t.keys('3');
  await see('3 Speakers 3');
  await t.keys('Enter');
  await see('speaker ›');
  await t.keys('G', 'Escape');
  await t.keys('4');
  await see(/4 Events 1/);
  await t.keys('Enter');
  await see('event ›');
  await t.keys('G', 'Escape');
  await t.keys('!');
  await see('A message');
  await t.keys('G', 'Escape');
  await t.keys('?');
  await see('Everywhere');
  await t.keys('Escape', '1', '/');
  await t.type('Dock');
  await t.keys('Enter');
  await see('DockerCon');
  await t.keys('q');
  await t.waitFor('reader-exit=0');
  totals.walks++;

  // The payloads reached the screens, as visible stand-ins.
  const all = shown.join('\n');
  expect(all).toContain('^[]52;');
  expect(all).toContain('<U+202E>');
  expect(all).toMatch(/\^\[\[|<U\+009B>/);
  // The capture holds the screens themselves, stand-ins included.
  expect(readFileSync(rawLog, 'latin1')).toContain('^[]52;');
  const found = leaks(rawLog);
  totals.injections += found.length;
  return found;
}

describe('the reader over a catalog with escapes in every field', () => {
  it('has a leak check that sees a payload written raw', async () => {
    const rawLog = join(dir, 'raw-printf.log');
    const payloads = String.raw`\033]52;c;Zm9v\007 \302\233 \342\200\256 \033]8;;https://evil.example/\033\\safe docs`;
    // The pause lets tmux start capturing before anything is printed.
    term = startTerminal(`sleep 0.5; printf '${payloads}'; echo printed; sleep 600`, {
      columns: 80,
      rows: 10,
      rawLog,
    });
    await term.waitFor('printed');
    expect(leaks(rawLog)).toEqual(
      expect.arrayContaining(['BEL', 'OSC 52', 'spoofed link', 'U+9b']),
    );
  });

  it('shows them as visible text on every screen and writes none to the terminal', {
    timeout: 120_000 * rounds,
  }, async () => {
    for (let round = 0; round < rounds; round++) {
      expect(await walk(round * 7)).toEqual([]);
    }
  });
});
