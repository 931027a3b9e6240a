import { spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { type AddressInfo, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '@confnotes/api';
import { serve } from '@hono/node-server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../src/test/catalog-fixture.ts';
import { startTerminal, type Terminal } from './tmux.ts';

const cli = new URL('../dist/cli.js', import.meta.url).pathname;
let dir: string;
let catalogFile: string;
let term: Terminal | undefined;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'confnotes-reader-e2e-'));
  catalogFile = join(dir, 'catalog.json');
  writeFileSync(catalogFile, JSON.stringify(fixtureCatalog()));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => term?.close());

/** The reader in a shell that reports, after it quits, its exit code and the terminal's mode. */
function launch(
  options: {
    columns?: number;
    rows?: number;
    env?: Record<string, string>;
    rawLog?: string;
    /** Where the reader gets its catalog; the fixture file by default. */
    source?: string;
    /** TERM for the reader: tmux sets its own in the pane. */
    term?: string;
  } = {},
) {
  const source = options.source ?? `--catalog ${JSON.stringify(catalogFile)}`;
  const script = [
    'echo before-reader',
    `${options.term ? `TERM=${options.term} ` : ''}${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} ${source}`,
    'echo "reader-exit=$?"',
    'stty -a | tr " ;" "\\n\\n" | grep -E "^-?(icanon|echo)$" | tr "\\n" " "',
    'echo',
    'echo end-of-report',
    'sleep 600',
  ].join('; ');
  term = startTerminal(`sh -c '${script.replaceAll("'", "'\\''")}'`, {
    columns: options.columns ?? 80,
    rows: options.rows ?? 24,
    env: { TERM: 'xterm-256color', NO_COLOR: '', ...options.env },
    ...(options.rawLog ? { rawLog: options.rawLog } : {}),
  });
  return term;
}

describe('the reader in a real terminal', () => {
  it('opens a post, scrolls, searches, jumps to a talk and a speaker, goes back, resizes and quits cleanly', async () => {
    const t = launch();
    await t.waitFor('1 Posts 3');
    await t.keys('j', 'Enter');
    await t.waitFor('post › DockerCon EU 2015 Day Two');
    expect(t.screen()).toMatch(/1-22\/\d+ +\d+%/);

    await t.keys('Space');
    await t.waitFor(/23-44\/\d+/);
    await t.keys('k');
    await t.waitFor(/22-43\/\d+/);

    await t.keys('/');
    await t.type('supercontainer');
    await t.keys('Enter');
    await t.waitFor('supercontainer that manages volumes');

    await t.keys('g', 'Tab');
    await t.waitFor('event: DockerCon EU 2015 — enter open');
    await t.keys('Tab', 'Tab');
    await t.waitFor('talk: How to be successful running docker in production');
    await t.keys('Enter');
    await t.waitFor('talk › How to be successful running docker in production');
    await t.keys('Enter');
    await t.waitFor('speaker › John Fiedler');
    await t.keys('Escape');
    await t.waitFor('talk › How to be successful');
    await t.keys('BSpace');
    await t.waitFor('post › DockerCon EU 2015 Day Two');

    await t.resize(50, 20);
    // The new frame: every line fits in 50 columns, and the selected talk is still in view.
    await t.waitFor(
      (s) =>
        s.split('\n').every((line) => line.length <= 50) &&
        s.includes('John Fiedler spoke about How to be') &&
        /\/\d+ +\d+%/.test(s),
    );

    await t.resize(120, 40);
    await t.waitFor('John Fiedler spoke about How to be successful running docker in production.');

    await t.keys('q');
    const after = await t.waitFor('end-of-report');
    expect(after).toContain('reader-exit=0');
    // The alternate screen is gone: the shell's own lines are back, no title or status bar.
    // (tmux itself may keep article lines it reflowed into its history during the resizes.)
    expect(after).toContain('before-reader');
    expect(after).not.toContain('confnotes');
    expect(after).not.toMatch(/\d+%/);
    // The terminal is back in cooked mode with echo on.
    expect(after).toMatch(/(^| )icanon( |$)/m);
    expect(after).toMatch(/(^| )echo( |$)/m);
  });

  it('shows escape sequences in an article as visible text and writes none of them', async () => {
    const rawLog = join(dir, 'raw.log');
    const t = launch({ env: { FORCE_HYPERLINK: '1' }, rawLog });
    await t.waitFor('1 Posts 3');
    await t.keys('Enter');
    const screen = await t.waitFor('Clipboard grab');
    expect(screen).toContain('Escapes ^[]52;c;Zm9v^G in the title<U+202E>');
    expect(screen).toContain('^[]52;c;cm0gLXJmIH4=^G done.');
    expect(screen).toContain('Spoofed link: ^[]8;;');
    expect(screen).toContain('Bell ^G and C1 CSI <U+009B>2J');
    expect(screen).toContain('user<U+202E>gnp.exe<U+202C>');
    await t.keys('G');
    await t.waitFor('A real link stays a link.');
    await t.keys('q');
    const after = await t.waitFor('reader-exit=0');
    expect(after.trim().split('\n').slice(0, 2)).toEqual(['before-reader', 'reader-exit=0']);

    const raw = readFileSync(rawLog, 'latin1');
    // No bell, no clipboard write, no window title, no raw C1 or bidi control in the output.
    expect(raw).not.toContain('\u0007');
    expect(raw).not.toContain('\u001b]52');
    expect(raw).not.toMatch(/\u001b\](0|1|2);/);
    const utf8 = readFileSync(rawLog, 'utf8');
    expect(utf8).not.toMatch(/[\u0080-\u009f\u202a-\u202e\u2066-\u2069]/);
    // Hyperlinks are ours: a printable target, and the spoofed "safe docs" link is not one.
    const targets = [...utf8.matchAll(/\u001b\]8;;([^\u001b]*)\u001b\\/g)].map((m) => m[1]!);
    expect(targets).toContain('https://example.org/docs');
    for (const target of targets) expect(target).toMatch(/^[\x21-\x7e]*$/);
    expect(utf8).not.toMatch(/\u001b\]8;;https:\/\/evil\.example\/\u001b\\[^\u001b]*safe docs/);
  });

  it('reads the same catalog from a running API with --api', async () => {
    // Two more posts than the fixture file, so the screen proves where the catalog came from.
    const app = createApp(fixtureCatalog({ extraPosts: 2 }), { onUnexpectedError: () => {} });
    const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const started = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () =>
        resolve(started),
      );
    });
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const t = launch({ source: `--api ${url}` });
      await t.waitFor('1 Posts 5');
      await t.keys('3');
      await t.waitFor('John Fiedler');
      await t.keys('q');
      await t.waitFor('reader-exit=0');
    } finally {
      await new Promise<void>((done) => server.close(() => done()));
    }
  });

  it('quits at once while the catalog is still loading', async () => {
    // An API that takes the connection and never answers: the catalog never arrives.
    const sockets = new Set<Socket>();
    const silent = createServer((socket) => sockets.add(socket));
    await new Promise<void>((done) => silent.listen(0, '127.0.0.1', done));
    try {
      const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
      const t = launch({ source: `--api ${url}` });
      await t.waitFor('Loading the catalog');
      await t.keys('q');
      await t.waitFor('reader-exit=0');
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((done) => silent.close(() => done()));
    }
  });

  it('exits 1 after showing why a catalog could not be read', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"posts": [1,,]}');
    const t = launch({ source: `--catalog ${JSON.stringify(bad)}` });
    await t.waitFor('is not JSON');
    await t.keys('q');
    // The message stays on the terminal after the reader's screen is gone.
    const after = await t.waitFor('reader-exit=1');
    expect(after).toMatch(/bad\.json is not JSON[^\n]*\n(.*\n)*reader-exit=1/);
  });

  it('prints the lists plainly in a terminal that cannot move its cursor (TERM=dumb)', async () => {
    const rawLog = join(dir, 'dumb.log');
    const t = launch({ term: 'dumb', rawLog, rows: 40 });
    const after = await t.waitFor('end-of-report');
    expect(after).toContain('reader-exit=0');
    expect(after).toMatch(/Posts \(3\)\n {2}Escapes/);
    expect(after).toContain('Events (1)');
    // Never the alternate screen, a hidden cursor or a single style.
    const raw = readFileSync(rawLog, 'utf8');
    expect(raw).not.toContain('\u001b[?1049h');
    expect(raw).not.toContain('\u001b[?25l');
    expect(raw).not.toMatch(/\u001b\[[\d;]*m/);
  });

  it('prints the lists plainly in a CI job, where Ink would draw nothing until the reader quit', async () => {
    const t = launch({ env: { CI: 'true' }, rows: 40 });
    const after = await t.waitFor('end-of-report');
    expect(after).toContain('reader-exit=0');
    expect(after).toMatch(/Posts \(3\)\n {2}Escapes/);
  });

  it('prints the lists plainly into a pipe, and the diagnostics on stderr', () => {
    const run = spawnSync(process.execPath, [cli, '--catalog', catalogFile], {
      encoding: 'utf8',
      env: { ...process.env, TERM: 'xterm-256color', FORCE_COLOR: '1' },
    });
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')).toContain(
      '  DockerCon EU 2015 Day Two  2015-11-19 · Ada Writer · 3 min',
    );
    expect(run.stdout).not.toContain('\u001b');
    expect(run.stderr).toContain('posts/broken.md:3:1 error invalid-front-matter');
  });

  it.runIf(existsSync('/dev/full'))(
    'fails with exit code 1 when the lists cannot be written (a full disk)',
    () => {
      const full = openSync('/dev/full', 'w');
      try {
        const run = spawnSync(process.execPath, [cli, '--catalog', catalogFile], {
          encoding: 'utf8',
          stdio: ['ignore', full, 'pipe'],
        });
        expect(run.status).toBe(1);
        expect(run.stderr).toContain('The lists could not be written to standard output: ENOSPC');
      } finally {
        closeSync(full);
      }
    },
  );

  it('edits the article shown in $EDITOR at the line in the window, then shows it as saved', async () => {
    const content = join(dir, 'editable');
    mkdirSync(join(content, 'posts'), { recursive: true });
    const paragraphs = Array.from({ length: 30 }, (_, i) => `Paragraph ${i + 1} of the recap.`);
    writeFileSync(
      join(content, 'posts', 'recap.md'),
      `---\ntitle: Recap\n---\n\n${paragraphs.join('\n\n')}\n`,
    );
    // An editor that says where it was asked to open, and saves a change.
    const editor = join(dir, 'editor.sh');
    const asked = join(dir, 'editor-args');
    writeFileSync(
      editor,
      `#!/bin/sh\necho "$@" > ${JSON.stringify(asked)}\nfor f; do :; done\nsed -i 's/Paragraph 12 of/Paragraph twelve, edited, of/' "$f"\n`,
      { mode: 0o755 },
    );
    const t = launch({ source: JSON.stringify(content), env: { EDITOR: editor } });
    await t.waitFor('1 Posts 1');
    await t.keys('Enter');
    await t.waitFor('post › Recap');
    await t.type('/');
    await t.type('Paragraph 12 ');
    await t.keys('Enter');
    await t.waitFor(/match 1\/1/);
    // The window's first line of text (a blank line above a paragraph belongs to it).
    const top = t
      .screen()
      .split('\n')
      .slice(1)
      .find((l) => l.trim())!
      .trim();
    await t.keys('e');
    await t.waitFor('Paragraph twelve, edited, of the recap.');
    // The file line the editor opens at holds the text at the top of the window.
    const [line, file] = readFileSync(asked, 'utf8').trim().split(' ');
    expect(file).toBe(join(content, 'posts', 'recap.md'));
    const source = readFileSync(join(content, 'posts', 'recap.md'), 'utf8').split('\n');
    expect(source[Number(line!.slice(1)) - 1]).toBe(top);
    await t.keys('q');
    await t.waitFor('reader-exit=0');
  });

  it('names the content directory when given one of its articles', () => {
    mkdirSync(join(dir, 'content', 'posts'), { recursive: true });
    const article = join(dir, 'content', 'posts', 'recap.md');
    writeFileSync(article, '---\ntitle: Recap\n---\nText.\n');
    const run = spawnSync(process.execPath, [cli, article], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `pass the folder that holds posts/ (here ${join(dir, 'content')})`,
    );
  });

  it('says a link was not opened when the opener finds no browser', async () => {
    // xdg-open on a machine without a browser (a server reached over ssh) exits 3.
    const bin = join(dir, 'no-browser');
    mkdirSync(bin, { recursive: true });
    writeFileSync(join(bin, 'xdg-open'), '#!/bin/sh\nexit 3\n', { mode: 0o755 });
    writeFileSync(join(bin, 'open'), '#!/bin/sh\nexit 1\n', { mode: 0o755 });
    const t = launch({ env: { PATH: `${bin}:${process.env.PATH}` } });
    await t.waitFor('1 Posts 3');
    await t.keys('j', 'Enter');
    await t.waitFor('post › DockerCon EU 2015 Day Two');
    // Each Tab is seen on screen before the next is sent: on a busy machine the screen lags the
    // keys, and a Tab sent before the last one showed went past the link.
    for (let i = 0; i < 8 && !t.screen().includes('o open in browser'); i++) {
      const before = t.screen();
      await t.keys('Tab');
      await t.waitFor((screen) => screen !== before, 5_000).catch(() => undefined);
    }
    await t.keys('o');
    await t.waitFor(/(xdg-)?open failed \(exit code [13]\): is there a browser here\? https:/);
    await t.keys('q');
    await t.waitFor('reader-exit=0');
  });

  it('refuses an unknown theme and a second directory with exit code 2', async () => {
    const t = launch({ source: '--theme solarized' });
    expect(await t.waitFor('reader-exit=2')).toContain("Unknown theme 'solarized'");
    t.close();
    const u = launch({ source: 'one two' });
    expect(await u.waitFor('reader-exit=2')).toContain('Expected at most one content directory');
  });
});
