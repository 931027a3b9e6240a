import type { Catalog } from '@confnotes/content/portable';
import { describe, expect, it } from 'vitest';
import { catalogLines, printPlain } from './plain-output.ts';
import type { Loader } from './reader.tsx';
import { fixtureCatalog, makePost } from './test/catalog-fixture.ts';

function capture(outWidth = 80, errWidth = outWidth) {
  const written = { out: '', err: '' };
  const stream = (name: 'out' | 'err', width: number) => ({
    write: async (text: string) => {
      written[name] += text;
    },
    width,
  });
  return { written, out: stream('out', outWidth), err: stream('err', errWidth) };
}

const loaderOf =
  (catalog: Catalog): Loader =>
  async () => ({ catalog, diagnostics: [] });

describe('printPlain', () => {
  it('prints every list as text without escape sequences, and the diagnostics on stderr', async () => {
    const { written, out, err } = capture();
    expect(await printPlain(loaderOf(fixtureCatalog()), out, err)).toBe(0);
    const lines = written.out.split('\n');
    expect(lines[0]).toBe('Posts (3)');
    expect(lines).toContain('  DockerCon EU 2015 Day Two  2015-11-19 · Ada Writer · 3 min');
    expect(lines).toContain('Talks (3)');
    expect(lines).toContain('Speakers (3)');
    expect(lines).toContain('Events (1)');
    // The hostile post's escapes are shown as text, never written.
    expect(written.out).toContain('Escapes ^[]52;c;Zm9v^G in the title<U+202E>');
    expect(written.out + written.err).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(written.err).toMatch(/^1 diagnostic, 1 error:\n\nposts\/broken\.md:3:1 error/);
  });

  it('adds what the full check of a catalog file finds to the diagnostics', async () => {
    const { written, out, err } = capture();
    const catalog = fixtureCatalog();
    const late = { ...catalog.diagnostics[0]!, file: 'catalog.json', code: 'invalid-record' };
    const load: Loader = async () => ({ catalog, diagnostics: [], check: async () => [late] });
    await printPlain(load, out, err);
    expect(written.err).toMatch(/^2 diagnostics, 2 errors:/);
    expect(written.err).toContain('catalog.json:3:1 error invalid-record');
  });

  it('cuts nothing when the width is unlimited, and fits each line to a terminal', () => {
    const long = `A talk report whose title goes on ${'and on '.repeat(20)}to the end`;
    const catalog = {
      ...fixtureCatalog(),
      posts: [makePost({ id: 'long', title: long, body: 'Words.' })],
    };
    expect(catalogLines(catalog, Number.POSITIVE_INFINITY)[1]).toContain(long);
    for (const line of catalogLines(catalog, 40)) expect(line.length).toBeLessThanOrEqual(40);
  });

  it('wraps the diagnostics to the terminal they reach while the lists go into a pipe', async () => {
    const { written, out, err } = capture(Number.POSITIVE_INFINITY, 40);
    await printPlain(loaderOf(fixtureCatalog()), out, err);
    expect(written.out).toContain('  DockerCon EU 2015 Day Two  2015-11-19 · Ada Writer · 3 min\n');
    for (const line of written.err.split('\n')) expect(line.length).toBeLessThanOrEqual(40);
    expect(written.err).toContain('posts/broken.md:3:1 error');
  });

  it('says the lists were lost and resolves to 1 when standard output refuses them', async () => {
    const { written, err } = capture();
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), {
      code: 'ENOSPC',
    });
    const out = { write: () => Promise.reject(full), width: Number.POSITIVE_INFINITY };
    expect(await printPlain(loaderOf(fixtureCatalog()), out, err)).toBe(1);
    expect(written.err).toBe(
      'The lists could not be written to standard output: ENOSPC: no space left on device, write\n',
    );
  });

  it('stops without a word when the program reading the lists closed the pipe', async () => {
    const { written, err } = capture();
    const closed = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
    const out = { write: () => Promise.reject(closed), width: Number.POSITIVE_INFINITY };
    expect(await printPlain(loaderOf(fixtureCatalog()), out, err)).toBe(0);
    expect(written.err).toBe('');
  });

  it('says why the catalog could not be read, and resolves to 1', async () => {
    const { written, out, err } = capture();
    const load: Loader = async () => {
      throw new Error('There is no content directory at /nowhere.');
    };
    expect(await printPlain(load, out, err)).toBe(1);
    expect(written).toEqual({ out: '', err: 'There is no content directory at /nowhere.\n' });
  });
});
