import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { contentTree } from './commands/fixtures/content-tree.ts';
import { nodeVersionProblem } from './node-version.ts';

const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'confnotes-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const content = (name: string, files: Record<string, string>) => contentTree(root, name, files);

// A bare `node` may be an older system Node: spawn the one running the tests.
const run = (...args: string[]) =>
  spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });

content('good', {
  'posts/a.md': '---\ntitle: A\n---\nSee [x] (http://example.com).\n',
  'posts/b.md': '+++\ntitle = "B"\n+++\nFine.\n',
});
content('bad', {
  'posts/a.md': '---\ntitle: A\n---\nFine.\n',
  'posts/x.md': '---\ntitle: X\n\ndate: 2015-13-01\n---\nBody\n',
});

describe('confnotes check', () => {
  it('prints warnings as a compiler does, a summary, and exits 0 on warnings only', () => {
    const result = run('check', 'good');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^good\/posts\/a\.md:4:5 warning malformed-link /m);
    expect(result.stdout).toMatch(/^ {2}hint: /m);
    expect(result.stdout).toMatch(
      /^2 posts \(1 toml, 1 yaml\), 0 talks and 0 speakers from 2 files in good: 0 errors, 1 warning$/m,
    );
  });

  it('exits 1 on errors and points at the value at fault', () => {
    const result = run('check', 'bad');
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^bad\/posts\/x\.md:4:7 error invalid-date /m);
    expect(result.stdout).toMatch(
      /1 post \(1 yaml\), 0 talks and 0 speakers from 2 files in bad: 1 error, 0 warnings/,
    );
  });

  it('reports extraction findings worth a look as notes, with their place', () => {
    const dir = join(root, 'findings', 'posts');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'a.md'),
      '---\ntitle: Notes\n---\nWorth a look is the session "Quiet Queues at Scale".\n',
    );
    const result = run('check', 'findings');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^findings\/posts\/a\.md:4:\d+ note talk-without-speaker The talk "Quiet Queues at Scale"/m,
    );
    expect(result.stdout).toMatch(/1 talk and 0 speakers .*: 0 errors, 0 warnings, 1 note$/m);
    // The hint names the curated file of the folder checked; the JSON keeps it, as its `file`,
    // relative to the content folder.
    expect(result.stdout).toContain('for it in `findings/talks.yaml`.');
    expect(result.stdout).not.toContain('content/talks.yaml');
    const json = JSON.parse(run('check', 'findings', '--format', 'json').stdout);
    expect(json.diagnostics[0]).toMatchObject({
      file: 'posts/a.md',
      hint: expect.stringContaining('for it in `talks.yaml` of the content folder.'),
    });
  });

  it('prints the diagnostics of each file together, in the order of their places', () => {
    // A finding of extraction (a talk without a speaker) in a.md, a parse warning in b.md.
    content('ordered', {
      'posts/a.md': '---\ntitle: A\n---\nWorth a look is the session "Quiet Queues at Scale".\n',
      'posts/b.md': '---\ntitle: B\n---\nSee [x] (http://example.com).\n',
    });
    const places = run('check', 'ordered', '--no-cache')
      .stdout.split('\n')
      .filter((line) => line.startsWith('ordered/'))
      .map((line) => line.split(' ').slice(0, 2).join(' '));
    expect(places).toEqual(['ordered/posts/a.md:4:30 note', 'ordered/posts/b.md:4:5 warning']);
  });

  it('prints the invalid date as the README example shows it, at the value', () => {
    const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
    const example = readme.match(/^content\/posts\/x\.md:\d+:\d+ error invalid-date .*$/m)?.[0];
    content('readme/content', { 'posts/x.md': '---\ntitle: X\ndate: 2015-02-30\n---\nBody\n' });
    const result = spawnSync(process.execPath, [cli, 'check', 'content', '--no-cache'], {
      cwd: join(root, 'readme'),
      encoding: 'utf8',
    });
    expect(example).toBe(
      'content/posts/x.md:3:7 error invalid-date The date "2015-02-30" in `date` is not a real calendar date.',
    );
    expect(result.stdout.split('\n')).toContain(example);
  });

  it('prints JSON with --format json', () => {
    const result = run('check', 'bad', '--format', 'json');
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout);
    // The folder the relative paths of the report are relative to, whatever reads it from where.
    expect(report.dir).toBe(join(root, 'bad'));
    expect(report.summary).toEqual({
      files: 2,
      posts: 1,
      talks: 0,
      speakers: 0,
      errors: 1,
      warnings: 0,
      notes: 0,
      formats: { yaml: 1 },
      drafts: 0,
    });
    expect(report.diagnostics[0]).toMatchObject({
      code: 'invalid-date',
      file: 'posts/x.md',
      line: 4,
    });
  });

  it('exits 2 on a usage mistake or a missing directory, saying what to do', () => {
    expect(run('check', '--format', 'xml').status).toBe(2);
    const missing = run('check', 'nowhere');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('Pass the folder that holds `posts/`');
    expect(run('frobnicate').status).toBe(2);
    // `confnotes export "$DIR"` with DIR unset: a mistake in the command, not a missing folder.
    for (const command of ['check', 'export']) {
      const empty = run(command, '');
      expect(empty.status).toBe(2);
      expect(empty.stderr).toMatch(new RegExp(`^${command} was given an empty directory name\\.`));
    }
  });

  it('names the command or option a typo was meant to be', () => {
    const command = run('chek', 'good');
    expect(command.status).toBe(2);
    expect(command.stderr).toMatch(
      /^confnotes does not know the command `chek`\. Did you mean `check`\?\n/,
    );
    const option = run('check', 'good', '--frmat', 'json');
    expect(option.status).toBe(2);
    expect(option.stderr).toMatch(
      /^check does not know the option `--frmat`\. Did you mean `--format`\?\n/,
    );
    expect(run('export', 'good', '--output', 'x.json').stderr).toMatch(/Did you mean `--out`\?/);
    expect(run('check', 'good', '--drafts').stderr).not.toContain('Did you mean');
  });
});

describe('a working directory that no longer exists', () => {
  it('is named as the problem, not reported as a bug, with exit code 2', () => {
    const gone = join(root, 'gone');
    mkdirSync(gone);
    // The shell enters the folder, which is then removed under it, as another terminal would.
    const result = spawnSync(
      'sh',
      [
        '-c',
        'cd "$1" && rmdir "$1" && shift && exec "$@"',
        'sh',
        gone,
        process.execPath,
        cli,
        'check',
        join(root, 'good'),
      ],
      { encoding: 'utf8', env: { ...process.env } },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^confnotes cannot run from a folder that no longer exists/);
    expect(result.stderr).not.toContain('bug in confnotes');
  });
});

describe('drafts', () => {
  content('drafts', {
    'posts/live.md': '---\ntitle: Live\n---\nIda Moss spoke about **Gentle Gears at Scale**.\n',
    'posts/next.md':
      '---\ntitle: Next\ndraft: true\n---\nBo Stone spoke about **Quiet Queues at Scale**.\n',
  });
  const exported = (...flags: string[]) => {
    const result = run('export', 'drafts', '--no-cache', ...flags);
    expect(result.status).toBe(0);
    const catalog = JSON.parse(result.stdout);
    return [catalog.posts, catalog.talks, catalog.speakers].map((list: { id: string }[]) =>
      list.map((r) => r.id),
    );
  };

  it('are checked by `check`, which says which posts are drafts', () => {
    const result = run('check', 'drafts', '--no-cache');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^ {2}\s+next {2}Next {2}\(draft\)$/m);
    expect(result.stdout).toMatch(/^ {2}\s+live {2}Live$/m);
    expect(result.stdout).toContain('2 posts (2 yaml; 1 draft), 2 talks');
    const json = JSON.parse(run('check', 'drafts', '--no-cache', '--format', 'json').stdout);
    expect(json.summary.drafts).toBe(1);
    expect(json.posts.map((p: { id: string; draft: boolean }) => [p.id, p.draft])).toEqual([
      ['live', false],
      ['next', true],
    ]);
  });

  it('leaves out drafts and what only they report, unless given --drafts', () => {
    expect(exported()).toEqual([['live'], ['gentle-gears-at-scale'], ['ida-moss']]);
    expect(exported('--drafts')).toEqual([
      ['live', 'next'],
      ['gentle-gears-at-scale', 'quiet-queues-at-scale'],
      ['bo-stone', 'ida-moss'],
    ]);
  });
});

describe('a file named with control characters', () => {
  it('keeps each diagnostic on its line, and writes no escape sequence to the terminal', () => {
    content('named', {
      'posts/new\nline.md': '---\ntitle: A\ndate: 2015-13-01\n---\n',
      'posts/\u001b[31mred.md': '---\ntitle: B\ndate: 2015-13-01\n---\n',
    });
    const result = run('check', 'named', '--no-cache');
    expect(result.status).toBe(1);
    expect(result.stdout).not.toContain('\u001b');
    const lines = result.stdout.split('\n');
    expect(lines).toContain(
      'named/posts/\\u001b[31mred.md:3:7 error invalid-date The date "2015-13-01" in `date` is not a real calendar date.',
    );
    expect(
      lines.filter((line) => line.startsWith('named/posts/new\\u000aline.md:3:7 error')),
    ).toHaveLength(1);
    // The JSON keeps the name as it is: JSON escapes it.
    const json = JSON.parse(run('check', 'named', '--no-cache', '--format', 'json').stdout);
    expect(json.diagnostics.map((d: { file: string }) => d.file).sort()).toEqual([
      'posts/\u001b[31mred.md',
      'posts/new\nline.md',
    ]);
  });
});

describe('a folder that is not a content directory', () => {
  it('is refused as a missing one is, exit 2, by both commands, and nothing is created', () => {
    content('stray', { 'notes/readme.md': '---\ntitle: Not a post\n---\n' });
    for (const command of ['check', 'export']) {
      const posts = run(command, 'good/posts');
      expect(posts.status).toBe(2);
      expect(posts.stdout).toBe('');
      expect(posts.stderr).toMatch(
        /^`good\/posts` is not a content directory: .*holds no `posts\/`/,
      );
      expect(posts.stderr).toContain('Pass the folder that holds `posts/` (here `good`).');
      const stray = run(command, 'stray/notes');
      expect(stray.status).toBe(2);
      expect(stray.stderr).toContain('Pass the folder that holds `posts/`.');
      expect(run(command, 'nowhere').stderr).toContain('Pass the folder that holds `posts/`');
    }
    expect(readdirSync(join(root, 'stray'))).toEqual(['notes']);
    expect(readdirSync(join(root, 'good')).sort()).toEqual(['posts']);
  });

  it('is a content directory with curated records only, and no posts/', () => {
    content('curated-only', { 'speakers.yaml': '- name: Ada Lovelace\n' });
    const result = run('check', 'curated-only', '--no-cache');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^0 posts, 0 talks and 0 speakers from 0 files in curated-only/m);
  });
});

describe('confnotes <command> --help', () => {
  it('prints the usage and options of the command and exits 0, wherever the flag stands', () => {
    for (const [command, option] of [
      ['check', '--format FORMAT'],
      ['export', '--out file'],
    ] as const) {
      for (const args of [
        [command, '--help'],
        [command, '-h'],
        [command, 'good', '--help'],
      ]) {
        const result = run(...args);
        expect(result.status).toBe(0);
        expect(result.stderr).toBe('');
        expect(result.stdout).toMatch(new RegExp(`^Usage: confnotes ${command} \\[dir\\]`));
        expect(result.stdout).toContain(`  ${option} `);
        expect(result.stdout).toContain('  --workers N ');
        expect(result.stdout).toContain('  -h, --help ');
        // Every way to exit 2, a folder that cannot be used included.
        expect(result.stdout.replace(/\s+/g, ' ')).toMatch(
          /2 on a usage mistake,? (or )?a folder that is not a content directory or cannot be read[.,]/,
        );
      }
    }
  });

  it('is the message of a mistake on stderr, exit 2, when no command is given', () => {
    const result = run();
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Usage: confnotes <command> \[options\]\n/);
  });

  it('is what `confnotes help <command>` prints too', () => {
    for (const command of ['check', 'export']) {
      const result = run('help', command);
      expect(result.status).toBe(0);
      expect(result.stdout).toBe(run(command, '--help').stdout);
    }
    const unknown = run('help', 'frobnicate');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^confnotes does not know the command `frobnicate`\./);
  });

  it('fits a terminal of 80 columns, the general usage too', () => {
    for (const args of [['--help'], ['check', '--help'], ['export', '--help']]) {
      const long = run(...args)
        .stdout.split('\n')
        .filter((line) => line.length > 80);
      expect(long).toEqual([]);
    }
  });

  it('is named by the general usage', () => {
    const result = run('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      'Run `confnotes <command> --help` for the options of a command.',
    );
  });

  it('says an option needs a value, and which, when it has none', () => {
    for (const args of [['--format'], ['--format='], ['--format', '--no-cache']]) {
      const result = run('check', 'good', ...args);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(
        /^--format needs a value: `text`, `json` or `github`\.\nUsage: /,
      );
    }
    const workers = run('export', 'good', '--workers');
    expect(workers.status).toBe(2);
    expect(workers.stderr).toMatch(/^--workers needs a value: a whole number of threads/);
    for (const value of ['--pretty', '']) {
      const out = run('export', 'good', '--out', value);
      expect(out.status).toBe(2);
      expect(out.stdout).toBe('');
      expect(out.stderr).toMatch(/^--out needs a value: the file/);
    }
  });
});

describe('export --out -', () => {
  it('writes to standard output, as `-` means in most tools, and makes no file named -', () => {
    for (const args of [['--out', '-'], ['--out=-']]) {
      const result = run('export', 'good', '--no-cache', ...args);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(JSON.parse(result.stdout).posts).toHaveLength(2);
      expect(readdirSync(root)).not.toContain('-');
    }
  });
});

describe('--', () => {
  it('ends the options: what follows is the directory, even when it starts with -', () => {
    content('-dashed', { 'posts/a.md': '---\ntitle: A\n---\nFine.\n' });
    for (const command of ['check', 'export']) {
      const result = run(command, '--no-cache', '--', '-dashed');
      expect(result.stderr).not.toContain('does not know');
      expect(result.status).toBe(0);
      expect(run(command, '-dashed').stderr).toMatch(/^\w+ does not know the option `-dashed`/);
      // After `--`, `--help` is a folder's name too, and one folder is all a command takes.
      const help = run(command, 'good', '--', '--help');
      expect(help.status).toBe(2);
      expect(help.stderr).toMatch(/^\w+ takes one directory, but got `good` and `--help`\./);
    }
    expect(run('check', '--format', 'json', '--', 'good').status).toBe(0);
  });
});

describe('confnotes --version', () => {
  it('prints the version of the package it runs from, and exits 0', () => {
    const { version } = JSON.parse(
      readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8'),
    ) as { version: string };
    for (const flag of ['--version', '-v', 'version']) {
      const result = run(flag);
      expect(result.status).toBe(0);
      expect(result.stdout).toBe(`${version}\n`);
    }
    expect(run('--help').stdout).toContain('Run `confnotes --version`');
  });
});

describe('nodeVersionProblem', () => {
  it('refuses Node older than 22.12 with what to do, and accepts newer', () => {
    expect(nodeVersionProblem('20.19.0')).toMatch(/needs Node 22\.12 or newer.*\n.*Install/);
    expect(nodeVersionProblem('22.11.0')).toBeDefined();
    expect(nodeVersionProblem('22.12.0')).toBeUndefined();
    expect(nodeVersionProblem('24.1.0')).toBeUndefined();
  });

  it('exits 2 on a Node too old, which a script must not read as errors in the content', () => {
    const oldNode = `Object.defineProperty(process, 'versions', { value: { ...process.versions, node: '20.19.0' } })`;
    const result = spawnSync(
      process.execPath,
      ['--import', `data:text/javascript,${encodeURIComponent(oldNode)}`, cli, 'check', 'good'],
      { cwd: root, encoding: 'utf8' },
    );
    expect(result.stderr).toMatch(
      /^confnotes needs Node 22\.12 or newer, but it is running on Node 20\.19\.0\./,
    );
    expect(result.stdout).toBe('');
    expect(result.status).toBe(2);
  });
});
