import type { Catalog } from '@confnotes/content/portable';
import { describe, expect, it } from 'vitest';
import { catalogLines, printPlain } from './plain-output.ts';
import type { Loader } from './reader.tsx';
import { fixtureCatalog, makePost } from './test/catalog-fixture.ts';

function capture() {
  const written = { out: '', err: '' };
  return {
    written,
    write: {
      out: async (text: string) => {
        written.out += text;
      },
      err: async (text: string) => {
        written.err += text;
      },
    },
  };
}

const loaderOf =
  (catalog: Catalog): Loader =>
  async () => ({ catalog, diagnostics: [] });

describe('printPlain', () => {
  it('prints every list as text without escape sequences, and the diagnostics on stderr', async () => {
    const { written, write } = capture();
    expect(await printPlain(loaderOf(fixtureCatalog()), 80, write)).toBe(0);
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
    const { written, write } = capture();
    const catalog = fixtureCatalog();
    const late = { ...catalog.diagnostics[0]!, file: 'catalog.json', code: 'invalid-record' };
    const load: Loader = async () => ({ catalog, diagnostics: [], check: async () => [late] });
    await printPlain(load, 80, write);
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

  it('says why the catalog could not be read, and resolves to 1', async () => {
    const { written, write } = capture();
    const load: Loader = async () => {
      throw new Error('There is no content directory at /nowhere.');
    };
    expect(await printPlain(load, 80, write)).toBe(1);
    expect(written).toEqual({ out: '', err: 'There is no content directory at /nowhere.\n' });
  });
});
