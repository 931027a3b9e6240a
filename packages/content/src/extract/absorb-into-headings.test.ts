import { describe, expect, it } from 'vitest';
import { talks } from './fixtures/recap-talks.ts';

describe('absorbIntoHeadings', () => {
  it('lets a heading that only names a part of the day give way to the talk below it', () => {
    expect(talks('## Morning\n\nTia Cole spoke about **Gentle Rollouts**. Then lunch.\n')).toEqual([
      ['Gentle Rollouts', 'talk', ['Tia Cole']],
    ]);
  });

  it('keeps the heading the talk when the paragraph describes it again in other words', () => {
    expect(
      talks(
        '## Quiet Queues\n\n[Sasha](https://twitter.com/sasha_q) presented a brief [Quiet Queues primer](https://example.org/qq) talk.\n',
      ),
    ).toEqual([['Quiet Queues', 'talk', ['Sasha']]]);
  });

  it("gives an untitled heading's kind to the titled talk its presenter gives below it", () => {
    expect(talks('### Keynote\n\nAnn Lee opened with *Quiet Queues*.\n')).toEqual([
      ['Quiet Queues', 'keynote', ['Ann Lee']],
    ]);
  });
});
