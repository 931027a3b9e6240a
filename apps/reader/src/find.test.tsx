import { afterEach, describe, expect, it } from 'vitest';
import { fixtureCatalog } from './test/catalog-fixture.ts';
import { KEY, renderReader } from './test/render-reader.tsx';

let current: Awaited<ReturnType<typeof renderReader>> | undefined;
afterEach(() => current?.unmount());

const statusLine = (screen: string) => screen.split('\n').at(-1) ?? '';

describe('F, to find words in the text of every post', () => {
  it('lists the records whose text holds the words, and opens a post at them', async () => {
    const r = await renderReader();
    current = r;
    await r.press('F', ...'supercontainer');
    const found = r.screen();
    expect(found).toContain('find › supercontainer');
    // The word is in an article's text, not in any title the list filter looks at.
    expect(found).toMatch(/› post {2}DockerCon EU 2015 Day Two/);
    expect(statusLine(found)).toMatch(/1\/\d+$/);
    await r.press(KEY.enter, KEY.enter);
    const opened = r.screen();
    expect(opened).toContain('post › DockerCon EU 2015 Day Two');
    expect(opened).toContain('supercontainer that manages volumes');
    expect(statusLine(opened)).toMatch(/match 1\/\d+/);
    await r.press(KEY.esc);
    expect(r.screen()).toContain('find › supercontainer');
    await r.press(KEY.esc);
    expect(r.screen()).toContain('1 Posts 3');
  });

  it('finds again in the catalog read again after an article was edited', async () => {
    const edited: string[] = [];
    let reads = 0;
    const r = await renderReader({
      // Each read is a new catalog, as reading the content folder again gives.
      load: async () => {
        reads++;
        return { catalog: fixtureCatalog(), diagnostics: [] };
      },
      edit: async (path) => {
        edited.push(path);
        return undefined;
      },
    });
    current = r;
    await r.press('F', ...'supercontainer', KEY.enter, KEY.enter, 'e');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(edited).toHaveLength(1);
    expect(reads).toBe(2);
    await r.press(KEY.esc);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(r.screen()).toMatch(/› post {2}DockerCon EU 2015 Day Two/);
  });

  it('keeps the selected hit in view when the window shrinks', async () => {
    const r = await renderReader({ catalog: fixtureCatalog({ extraPosts: 30 }), rows: 40 });
    current = r;
    await r.press('F', ...'post', KEY.enter);
    const total = Number(statusLine(r.screen()).match(/1\/(\d+)/)?.[1]);
    expect(total).toBeGreaterThan(12);
    await r.press('G');
    const selected = r
      .screen()
      .split('\n')
      .find((line) => line.startsWith('›'));
    await r.resize(80, 10);
    expect(
      r
        .screen()
        .split('\n')
        .find((line) => line.startsWith('›')),
    ).toBe(selected);
    expect(statusLine(r.screen())).toContain(`${total}/${total}`);
  });

  it('says which event a talk is of, and whose and when a post is, beside each hit', async () => {
    const r = await renderReader({ columns: 120 });
    current = r;
    await r.press('F', ...'stateful');
    const rows = r.screen().split('\n');
    expect(rows.find((line) => line.includes('talk  Persistent, stateful'))).toMatch(
      /DockerCon EU 2015 · /,
    );
    await r.press(KEY.esc, KEY.esc, 'F', ...'supercontainer');
    expect(r.screen()).toMatch(/post {2}DockerCon EU 2015 Day Two +Ada Writer · 2015-11-19 · /);
  });

  it('says when nothing holds the words, and esc while typing goes back to the list', async () => {
    const r = await renderReader();
    current = r;
    await r.press('F', ...'zzxqj');
    expect(r.screen()).toContain('No post, talk or speaker holds "zzxqj".');
    await r.press(KEY.esc);
    expect(r.screen()).toContain('1 Posts 3');
  });

  it('says a search of words too common to search for finds nothing for that reason', async () => {
    const r = await renderReader();
    current = r;
    await r.press('F', ...'the');
    expect(r.screen()).toContain('"the" is too common a word to search for; add another.');
    await r.press(...' and');
    expect(r.screen()).toContain('"the", "and": too common to search for; add another word.');
  });
});
