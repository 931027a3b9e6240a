import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { testLoaderContext } from './fixtures/loader-context.ts';
import { confnotesLoaders } from './loader.ts';

const work = mkdtempSync(join(tmpdir(), 'confnotes-base-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const root = pathToFileURL(`${join(work, 'site')}/`);

const context = () => testLoaderContext({ collection: 'posts', config: { root } });

async function failure(base: string): Promise<Error> {
  const loaders = confnotesLoaders({ base, cacheDir: false, workers: 1 });
  return loaders.posts.load(context()).then(
    () => expect.fail('the load succeeded'),
    (error: Error) => error,
  );
}

describe('a base that names no folder', () => {
  it('is said to be the option given, with where a relative one is read from', async () => {
    const error = await failure('../contnet');
    expect(error.message).toBe(
      `The content folder given to confnotesLoaders, base: "../contnet", is ${join(work, 'contnet')}, which does not exist.\n` +
        `Give \`base\` the folder that holds posts/ (and events/, speakers.yaml, talks.yaml), as an absolute path or relative to the project root, ${join(work, 'site')}/.`,
    );
    // Astro prints a stack under the message: none of the loaders' frames.
    expect(error.stack).toBe('');
  });

  it('names a file given for the folder', async () => {
    writeFileSync(join(work, 'notes.md'), '# Notes\n');
    const error = await failure(join(work, 'notes.md'));
    expect(error.message).toContain(`is ${join(work, 'notes.md')}, which is a file, not a folder.`);
  });
});
