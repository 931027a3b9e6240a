import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serveDirectory } from './serve-directory.ts';

const base = mkdtempSync(join(tmpdir(), 'confnotes-site-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
const site = join(base, 'dist');
mkdirSync(join(site, 'posts', 'hello'), { recursive: true });
writeFileSync(join(site, 'index.html'), '<h1>home</h1>');
writeFileSync(join(site, 'posts', 'hello', 'index.html'), '<h1>hello</h1>');
writeFileSync(join(site, 'style.css'), 'body{}');
writeFileSync(join(base, 'secret.txt'), 'outside');
symlinkSync(join(base, 'secret.txt'), join(site, 'link.txt'));
const serve = await serveDirectory(site);
const at = (path: string) => serve(new Request(`http://localhost${path}`));

describe('serving the built site', () => {
  it('serves files and directory indexes with their types', async () => {
    const home = await at('/');
    expect(home?.status).toBe(200);
    expect(home?.headers.get('content-type')).toMatch(/text\/html/);
    expect(await home?.text()).toBe('<h1>home</h1>');
    expect(await (await at('/posts/hello/'))?.text()).toBe('<h1>hello</h1>');
    expect((await at('/style.css'))?.headers.get('content-type')).toMatch(/text\/css/);
  });

  it('answers 304 to its own ETag', async () => {
    const etag = (await at('/style.css'))!.headers.get('etag')!;
    const again = await serve(
      new Request('http://localhost/style.css', { headers: { 'If-None-Match': etag } }),
    );
    expect(again?.status).toBe(304);
  });

  it('never serves a file outside the directory', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/posts/..%2f..%2f..%2fsecret.txt',
      '/%5c..%5csecret.txt',
      '/secret.txt%00.html',
      '/link.txt',
      '/%E0%A4%A',
    ]) {
      const res = await at(path);
      expect(res, path).toBeUndefined();
    }
  });
});
