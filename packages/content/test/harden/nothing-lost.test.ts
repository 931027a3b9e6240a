import { spawn, spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate-posts.ts';
import { loadCatalog } from '../../src/node/load-catalog.ts';
import { record } from './report.ts';
import { snapshot } from './snapshot.ts';

const cli = fileURLToPath(new URL('../../src/node/cli.ts', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'confnotes-lost-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// Posts of the generated content the export is killed on: more in `npm run harden`.
const POSTS = Number(process.env.HARDEN_POSTS ?? 120);
const KILLS = Number(process.env.HARDEN_KILLS ?? 3);
const timeout = Math.max(60_000, POSTS * 400);

function write(dir: string, path: string, text: string | Uint8Array): void {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
}

/** A small content directory with broken articles, curation and links inside it. */
function smallContent(name: string): string {
  const dir = join(root, name);
  generateCorpus(dir, { posts: 12, seed: 3 });
  rmSync(join(dir, 'answers.json'));
  write(
    dir,
    'posts/quokka.md',
    '---\ntitle: Quokka Summit 2031\n---\nIda Moss gave **Gentle Gears**.\n',
  );
  write(dir, 'posts/broken.md', '---\ntitle: [unclosed\n---\nBody\n');
  write(dir, 'posts/binary.md', Uint8Array.from([0, 159, 146, 150, 0, 1, 2]));
  write(dir, 'speakers.yaml', '- name: Ida Moß\n  match: [Ida Moss]\n');
  write(dir, 'drafts/linked.md', '---\ntitle: Linked from posts\n---\nText\n');
  symlinkSync(join(dir, 'drafts/linked.md'), join(dir, 'posts/linked.md'));
  return dir;
}

const cliRun = (...args: string[]) =>
  spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });

describe('confnotes never writes into content/', () => {
  it(
    'leaves every byte, mtime and entry of the content directory as it was',
    async () => {
      const dir = smallContent('untouched');
      const before = snapshot(dir);
      expect(cliRun('check', dir).status).toBe(1);
      expect(cliRun('export', dir, '--out', join(root, 'untouched.json')).status).toBe(1);
      expect(cliRun('export', dir, '--no-cache', '--workers', '2').status).toBe(1);
      const { catalog } = await loadCatalog(dir, { workers: 1 });
      await loadCatalog(dir, { workers: 1 });
      expect(catalog.posts.map((p) => p.source.path)).toContain('posts/linked.md');
      expect(snapshot(dir)).toEqual(before);
      record('nothing-lost', 5);
    },
    timeout,
  );
});

describe('loadCatalog and symbolic links', () => {
  it('follows no link that leads out of the content directory, to a file or a folder', async () => {
    const dir = smallContent('links');
    const outside = join(root, 'outside');
    write(outside, 'secret.md', '---\ntitle: Secret file\n---\nSecret text\n');
    write(outside, 'folder/a.md', '---\ntitle: Secret folder\n---\nSecret text\n');
    symlinkSync(join(outside, 'secret.md'), join(dir, 'posts/secret.md'));
    symlinkSync(join(outside, 'folder'), join(dir, 'posts/folder'));
    symlinkSync('../..', join(dir, 'posts/up'));
    symlinkSync('.', join(dir, 'posts/loop'));
    symlinkSync('..', join(dir, 'posts/content'));
    symlinkSync(join(root, 'nowhere.md'), join(dir, 'posts/dangling.md'));
    const { catalog } = await loadCatalog(dir, { workers: 1, cacheDir: false });
    const paths = catalog.posts.map((p) => p.source.path);
    expect(paths).toContain('posts/linked.md');
    expect(
      paths.filter((p) => /secret|folder|up\/|loop\/|content\/posts|dangling/.test(p)),
    ).toEqual([]);
    expect(JSON.stringify(catalog)).not.toContain('Secret');
    record('nothing-lost', 5);
  });

  it('does not read a posts/ folder that is itself a link out of the content directory', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'confnotes-outside-posts-'));
    writeFileSync(join(outside, 'secret.md'), '---\ntitle: Secret\n---\nSecret text.\n');
    const dir = mkdtempSync(join(tmpdir(), 'confnotes-linked-posts-'));
    symlinkSync(outside, join(dir, 'posts'));
    const { catalog } = await loadCatalog(dir, { workers: 1, cacheDir: false });
    expect(catalog.posts).toEqual([]);
    rmSync(outside, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  });
});

/** Every file under a folder, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

describe('a damaged cache', () => {
  it(
    'is detected and rebuilt, never trusted: the catalog stays the same',
    async () => {
      const dir = smallContent('cached');
      const cacheDir = join(root, 'cache');
      const load = () => loadCatalog(dir, { workers: 1, cacheDir });
      const clean = await load();
      expect(await load()).toEqual(clean);
      const damages: [string, (file: string) => void][] = [
        // The same length, so only a checksum can tell: trusting it would rename the post.
        [
          'a title changed in place',
          (file) => {
            const bytes = readFileSync(file, 'latin1');
            writeFileSync(file, bytes.replaceAll('Quokka', 'Qu0kka'), 'latin1');
          },
        ],
        [
          'bytes flipped',
          (file) => {
            const bytes = readFileSync(file);
            for (const at of [0.1, 0.5, 0.9, 0.999])
              bytes[Math.floor(bytes.length * at)] = ~bytes[Math.floor(bytes.length * at)]! & 255;
            writeFileSync(file, bytes);
          },
        ],
        ['cut in half', (file) => truncateSync(file, Math.floor(statSync(file).size / 2))],
        ['emptied', (file) => truncateSync(file, 0)],
      ];
      for (const [, damage] of damages) {
        const files = filesUnder(cacheDir);
        expect(files.length).toBeGreaterThan(1);
        for (const file of files) damage(file);
        write(cacheDir, 'stray.pack', 'not a pack');
        const again = await load();
        expect(JSON.stringify(again)).not.toContain('Qu0kka');
        expect(again).toEqual(clean);
      }
      record('nothing-lost', damages.length);
    },
    timeout,
  );
});

describe('confnotes export --out killed mid-run', () => {
  it(
    'leaves the previous file byte for byte, or the whole new one',
    async () => {
      const dir = join(root, 'large');
      generateCorpus(dir, { posts: POSTS, seed: 5 });
      const outDir = join(root, 'out');
      mkdirSync(outDir);
      const out = join(outDir, 'catalog.json');
      const args = [cli, 'export', dir, '--out', out, '--workers', '1'];
      let start = performance.now();
      expect(spawnSync(process.execPath, args).status).toBe(0);
      const full = readFileSync(out);
      const took = performance.now() - start;

      // Kill as soon as the temporary file appears, then at fractions of a whole run.
      const points: ('write' | number)[] = ['write'];
      for (let i = 1; i < KILLS; i++) points.push((took * i) / KILLS);
      for (const [n, point] of points.entries()) {
        const previous = Buffer.from(`{"previous":${n}}\n`);
        writeFileSync(out, previous);
        const child = spawn(process.execPath, args, { stdio: 'ignore' });
        const exited = new Promise<void>((done) => child.on('exit', () => done()));
        let running = true;
        void exited.then(() => {
          running = false;
        });
        start = performance.now();
        while (running) {
          const now =
            point === 'write'
              ? readdirSync(outDir).some((f) => f.endsWith('.tmp'))
              : performance.now() - start >= point;
          if (now) {
            child.kill('SIGKILL');
            break;
          }
          await new Promise((wait) => setTimeout(wait, point === 'write' ? 0 : 10));
        }
        await exited;
        const after = readFileSync(out);
        expect(after.equals(previous) || after.equals(full)).toBe(true);
        for (const f of readdirSync(outDir)) if (f.endsWith('.tmp')) rmSync(join(outDir, f));
      }
      record('nothing-lost', points.length);
    },
    timeout,
  );
});
