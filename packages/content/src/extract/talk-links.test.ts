import { describe, expect, it } from 'vitest';
import { extractRecap } from './fixtures/recap-talks.ts';

const linksOf = (body: string) => extractRecap(body).talks.map((t) => [t.title, t.links]);

describe('talkLinks', () => {
  it("takes a link on the title for the talk's page, and slides the sentence names", () => {
    expect(
      linksOf(
        'Ann Lee gave [Quiet Queues](https://conf.example/2024/quiet-queues) ([slides](https://speakerdeck.com/ann/qq)).\n',
      ),
    ).toEqual([
      [
        'Quiet Queues',
        [
          { url: 'https://conf.example/2024/quiet-queues', kind: 'page' },
          { url: 'https://speakerdeck.com/ann/qq', kind: 'slides' },
        ],
      ],
    ]);
  });

  it('takes no other link of the sentence, and no link of the next one', () => {
    expect(
      linksOf(
        'Ann Lee spoke about **Quiet Queues**, which her [blog](https://ann.example/posts) covers too. The [video](https://youtu.be/abcdefghijk) of the next talk is up.\n',
      ),
    ).toEqual([['Quiet Queues', []]]);
  });

  it("takes a recording from the talk's own section, once however often it is linked", () => {
    expect(
      linksOf(
        [
          '## Quiet Queues',
          '',
          'Ann Lee showed queues that never page anyone.',
          '',
          'Watch it [here](https://www.youtube.com/watch?v=abcdefghijk), or [here again](https://www.youtube.com/watch?v=abcdefghijk).',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      ['Quiet Queues', [{ url: 'https://www.youtube.com/watch?v=abcdefghijk', kind: 'video' }]],
    ]);
  });
});
