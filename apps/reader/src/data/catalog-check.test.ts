import { Catalog } from '@confnotes/content/portable';
import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../test/catalog-fixture.ts';
import { acceptCatalog, checkRecords, recordProblem } from './catalog-check.ts';

const json = () => JSON.parse(JSON.stringify(fixtureCatalog()));

describe('acceptCatalog', () => {
  it('takes a sound catalog as it is and finds nothing wrong when checking it', async () => {
    const raw = json();
    const accepted = await acceptCatalog(raw, 'catalog.json');
    expect(accepted.catalog.posts).toBe(raw.posts);
    expect(accepted.diagnostics).toEqual([]);
    expect(await accepted.check()).toEqual([]);
    expect(Catalog.safeParse(accepted.catalog).success).toBe(true);
  });

  it('refuses what is not a catalog, with the schema reasons', async () => {
    await expect(acceptCatalog({ version: 2, posts: 'none' }, 'x.json')).rejects.toThrow(
      /x\.json is not a catalog:\n.*version/s,
    );
    await expect(acceptCatalog([], 'x.json')).rejects.toThrow(/not a catalog/);
  });

  it('says which of its fields make a value not a catalog, not what is wrong with each record', async () => {
    const answers = { posts: Array.from({ length: 50 }, (_, i) => ({ n: i })), talks: {} };
    const error = await acceptCatalog(answers, 'answers.json').catch((e: Error) => e);
    const message = String((error as Error).message);
    expect(message).toMatch(/→ at version/);
    expect(message).toMatch(/expected array, received object\n +→ at talks/);
    expect(message).not.toMatch(/posts\[0\]/);
  });

  it('leaves out a record whose list fields are wrong, with a diagnostic at its file', async () => {
    const raw = json();
    raw.posts[1].title = 42;
    raw.speakers[0].mentions = 'none';
    const { catalog, diagnostics } = await acceptCatalog(raw, 'catalog.json');
    expect(catalog.posts.map((p) => p.id)).toEqual([
      raw.posts[0].id,
      ...raw.posts.slice(2).map((p: { id: string }) => p.id),
    ]);
    expect(catalog.speakers).toHaveLength(raw.speakers.length - 1);
    expect(diagnostics).toHaveLength(2);
    expect(diagnostics[0]).toMatchObject({
      code: 'invalid-record',
      severity: 'error',
      file: raw.posts[1].source.path,
    });
    expect(diagnostics[0]!.message).toContain(`post ${raw.posts[1].id}`);
    expect(diagnostics[0]!.message).toContain('title');
    expect(diagnostics[1]!.message).toContain('mentions');
  });

  it('finds, after the first frame, a record that is wrong beyond its list fields', async () => {
    const raw = json();
    raw.posts[0].headings = 'not a list';
    raw.talks[1].kind = 'séance';
    const accepted = await acceptCatalog(raw, 'catalog.json');
    expect(accepted.diagnostics).toEqual([]);
    expect(accepted.catalog.posts).toHaveLength(raw.posts.length);
    const found = await accepted.check();
    expect(found.map((d) => d.message)).toEqual([
      expect.stringMatching(/post .* \(headings: /),
      expect.stringMatching(/talk .* \(kind: /),
    ]);
    expect(recordProblem('post', accepted.catalog.posts[0]!)).toMatch(/^headings/);
    expect(recordProblem('post', accepted.catalog.posts[1]!)).toBeUndefined();
  });

  it('checks a large catalog in slices and stops when no longer wanted', async () => {
    const raw = json();
    const post = raw.posts[0];
    raw.posts = Array.from({ length: 10_000 }, (_, i) => ({ ...post, id: `p${i}`, headings: 1 }));
    const { catalog } = await acceptCatalog(raw, 'catalog.json');
    let turns = 0;
    const ticker = setInterval(() => turns++, 0);
    const all = await checkRecords(catalog, 'catalog.json');
    clearInterval(ticker);
    expect(all).toHaveLength(10_000);
    // The event loop ran timers while the check went on: it did not hold the thread throughout.
    expect(turns).toBeGreaterThan(0);
    // Fresh records, so nothing is remembered from the first check.
    const fresh = await acceptCatalog(
      { ...raw, posts: raw.posts.map((p: object) => ({ ...p })) },
      'c',
    );
    const some = await checkRecords(fresh.catalog, 'c', { live: () => false });
    expect(some).toEqual([]);
    // A pause before each slice: the check goes on only as fast as it is let.
    let pauses = 0;
    const paced = await checkRecords(fresh.catalog, 'c', {
      pause: async () => {
        pauses++;
        await new Promise((resolve) => setTimeout(resolve, 1));
      },
    });
    expect(paced).toHaveLength(10_000);
    expect(pauses).toBeGreaterThan(1);
  });
});
