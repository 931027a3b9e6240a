import { describe, expect, it } from 'vitest';
import { analyzeArticles } from '../src/resolve/analyze.ts';
import { buildCatalog } from '../src/resolve/build-catalog.ts';
import type { Answers } from './generate-posts.ts';
import { scoreCatalog } from './score.ts';

const article = [
  '---',
  'title: Day two',
  '---',
  'The **closing general session** showed the new engine, with a demo by Mia Torres.',
  '',
  'Later Ben Cole talked about **Quiet Logging at Scale**.',
  '',
].join('\n');

const answers: Answers = {
  seed: 1,
  posts: [
    {
      path: 'posts/day-two.md',
      event: 'conf-2024',
      talks: [
        { key: 'closing', title: null, kind: 'general-session', speakers: ['Mia Torres'] },
        { key: 't1', title: 'Quiet Logging at Scale', kind: 'talk', speakers: ['Ben Cole'] },
      ],
      speakers: [
        { key: 's1', name: 'Mia Torres', handles: {} },
        { key: 's2', name: 'Ben Cole', handles: {} },
      ],
    },
  ] as unknown as Answers['posts'],
  talks: {},
  speakers: {},
  merges: { talks: [], speakers: [] },
};

describe('scoreCatalog', () => {
  it('counts an untitled session found untitled, whatever the post called it', () => {
    const { catalog } = buildCatalog(
      analyzeArticles([{ path: 'posts/day-two.md', source: article }]),
    );
    // The mention keeps what the post called the session; the talk itself has no title.
    expect(catalog.talks.find((t) => t.title === null)?.mentions[0]?.title).toBe(
      'closing general session',
    );
    const { talks } = scoreCatalog(catalog, answers);
    expect([talks.precision, talks.recall]).toEqual([1, 1]);
  });
});
