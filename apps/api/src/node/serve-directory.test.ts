import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { serveDirectory } from './serve-directory.ts';
import { startServer } from './start-server.ts';

const base = mkdtempSync(join(tmpdir(), 'confnotes-site-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
const site = join(base, 'dist');
mkdirSync(join(site, 'posts', 'hello'), { recursive: true });
writeFileSync(join(site, 'index.html'), '<h1>home</h1>');
writeFileSync(join(site, 'posts', 'hello', 'index.html'), '<h1>hello</h1>');
writeFileSync(join(site, 'style.css'), 'body{}');
// Files of the content's `static/`, published beside the pages: slides, a recording.
writeFileSync(join(site, 'slides.pdf'), '%PDF-1.4');
writeFileSync(join(site, 'talk.mp4'), 'mp4');
writeFileSync(join(site, '404.html'), '<h1>not here</h1>');
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
    // Shown in the browser, not downloaded as bytes of no type.
    expect((await at('/slides.pdf'))?.headers.get('content-type')).toBe('application/pdf');
    expect((await at('/talk.mp4'))?.headers.get('content-type')).toBe('video/mp4');
  });

  it('answers 304 to its own ETag', async () => {
    const etag = (await at('/style.css'))!.headers.get('etag')!;
    const again = await serve(
      new Request('http://localhost/style.css', { headers: { 'If-None-Match': etag } }),
    );
    expect(again?.status).toBe(304);
    // As a cache holding several copies asks, or one that made the ETag strong again.
    for (const header of [`"other", ${etag}`, '*', etag.replace(/^W\//, '')]) {
      const listed = await serve(
        new Request('http://localhost/style.css', { headers: { 'If-None-Match': header } }),
      );
      expect({ header, status: listed?.status }).toEqual({ header, status: 304 });
    }
    const other = await serve(
      new Request('http://localhost/style.css', { headers: { 'If-None-Match': '"other"' } }),
    );
    expect(other?.status).toBe(200);
  });

  it('refuses other methods on a file it serves with a 405 naming GET and HEAD', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
      for (const path of ['/', '/posts/hello/', '/style.css']) {
        const res = await serve(new Request(`http://localhost${path}`, { method }));
        expect({ method, path, status: res?.status }).toEqual({ method, path, status: 405 });
        expect(res?.headers.get('allow')).toBe('GET, HEAD');
        const body = (await res!.json()) as { error: { code: string } };
        expect(body.error.code).toBe('method_not_allowed');
      }
    }
    // Of a path it has no file for, it says nothing: the server answers that as it would a GET.
    const elsewhere = new Request('http://localhost/no-such-page', { method: 'POST' });
    expect(await serve(elsewhere)).toBeUndefined();
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

describe('a server with a site', () => {
  it('answers a page the site lacks with its 404 page, and /api with JSON still', async () => {
    const content = join(base, 'content');
    cpSync(fileURLToPath(new URL('../../../../content', import.meta.url)), content, {
      recursive: true,
    });
    const running = await startServer(
      { port: 0, host: '127.0.0.1', contentDir: content, siteDir: site, prepareCatalog: false },
      { log: () => {} },
    );
    const origin = running.url.replace('localhost', '127.0.0.1');
    try {
      const missing = await fetch(`${origin}/no-such-page`);
      expect(missing.status).toBe(404);
      expect(missing.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await missing.text()).toBe('<h1>not here</h1>');
      expect((await fetch(`${origin}/posts/hello/`)).status).toBe(200);
      const api = await fetch(`${origin}/api/no-such-route`);
      expect(api.status).toBe(404);
      expect(api.headers.get('content-type')).toBe('application/json');
    } finally {
      await running.close();
    }
  });
});

describe('a site built to live under a path', () => {
  it('is served under that path, its home also without the slash, and nothing outside it', async () => {
    const under = await serveDirectory(site, '/notes/');
    const get = (path: string) => under(new Request(`http://localhost${path}`));
    expect(await (await get('/notes/'))?.text()).toBe('<h1>home</h1>');
    expect(await (await get('/notes/posts/hello/'))?.text()).toBe('<h1>hello</h1>');
    const bare = await get('/notes?ref=x');
    expect(bare?.status).toBe(301);
    expect(bare?.headers.get('location')).toBe('/notes/?ref=x');
    for (const path of [
      '/',
      '/posts/hello/',
      '/notesx/',
      '/notes/../secret.txt',
      '/notes/%2e%2e/secret.txt',
    ])
      expect(await get(path), path).toBeUndefined();
  });

  it('takes the path from CONFNOTES_SITE_URL, as the site build does', async () => {
    const { readConfig } = await import('../env.ts');
    expect(readConfig({ SITE_DIR: '' }).siteBase).toBe('/');
    expect(
      readConfig({ SITE_DIR: '', CONFNOTES_SITE_URL: 'https://me.example/notes' }).siteBase,
    ).toBe('/notes/');
    expect(() => readConfig({ SITE_DIR: '', CONFNOTES_SITE_URL: 'notes' })).toThrow(
      /CONFNOTES_SITE_URL must be an absolute URL/,
    );
  });
});
