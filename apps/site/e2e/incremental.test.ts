// A rebuild after edits reuses the pages whose entries did not change, and gives the same site,
// byte for byte, as a build from scratch of the edited content: no page is left stale.
import {
  appendFileSync,
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from './build-site.ts';
import { fixturesDir, repoContentDir } from './paths.ts';

const work = mkdtempSync(join(tmpdir(), 'confnotes-site-incremental-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function files(dir: string): Map<string, Buffer> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => {
        const path = join(d.parentPath, d.name);
        return [relative(dir, path), readFileSync(path)] as const;
      }),
  );
}

/** The pages a build copied from the previous one instead of rendering them. */
const restored = (log: string) =>
  [...log.matchAll(/├─ (\S+) \(restored\)/g)].map((m) => m[1]!).sort();

describe('an incremental rebuild', () => {
  it('renders again what changed, reuses the rest, and equals a build from scratch', () => {
    const content = join(work, 'content');
    const posts = join(content, 'posts');
    cpSync(repoContentDir, content, { recursive: true });
    cpSync(join(fixturesDir, 'posts'), posts, { recursive: true });
    writeFileSync(
      join(posts, 'an-unrelated-post.md'),
      '---\ntitle: An unrelated post\ndate: 2016-02-01\ntags: [misc]\n---\nNothing about any talk.\n',
    );
    const dist = join(work, 'dist');
    const first = buildSite(content, dist, { incremental: true, log: true });
    expect(restored(first)).toEqual([]);
    // Built without a public address: the build says where its links point.
    expect(first).toMatch(/point at http:\/\/localhost:4321, as CONFNOTES_SITE_URL is not set/);

    // An edit near the top moves every later mention of one post; another gets a new title and
    // a sentence at the end; a third post goes away.
    const dayTwo = join(posts, '2015-11-19-dockercon-eu-2015-day-two.md');
    const source = readFileSync(dayTwo, 'utf8');
    // TOML front matter: the body starts after the closing `+++`.
    const bodyStart = source.indexOf('\n+++\n', 3) + 5;
    expect(bodyStart).toBeGreaterThan(5);
    writeFileSync(
      dayTwo,
      `${source.slice(0, bodyStart)}A line added first, after the first build.\n\n${source.slice(bodyStart)}`,
    );
    // A new title shows on the pages of the talks, speakers, event and tags the post covers.
    const partTwo = join(posts, 'impressions-from-dockercon-2015-part-2.md');
    writeFileSync(
      partTwo,
      readFileSync(partTwo, 'utf8').replace(/^title: .*$/m, 'title: DockerCon 2015, part two'),
    );
    appendFileSync(partTwo, '\nOne more sentence, added after the first build.\n');
    rmSync(join(posts, 'a-hostile-post.md'));
    const again = buildSite(content, dist, { incremental: true, log: true });

    const scratch = join(work, 'scratch');
    buildSite(content, scratch);
    const rebuilt = files(dist);
    const fresh = files(scratch);
    expect([...rebuilt.keys()].sort()).toEqual([...fresh.keys()].sort());
    const stale = [...fresh].filter(([path, bytes]) => !rebuilt.get(path)?.equals(bytes));
    expect(stale.map(([path]) => path)).toEqual([]);
    // The unrelated post and its tag were reused; the edited posts' pages were not.
    expect(restored(again)).toEqual(
      expect.arrayContaining(['/posts/an-unrelated-post/index.html', '/tags/misc/index.html']),
    );
    expect(restored(again).filter((p) => p.includes('dockercon-eu-2015-day-two'))).toEqual([]);
    // The previous output, moved aside while the pages were rendered, is gone once the build is.
    expect(readdirSync(work).filter((name) => name.startsWith('.dist.old-'))).toEqual([]);
  });
});
