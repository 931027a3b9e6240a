import { describe, expect, it } from 'vitest';
import { talks } from './fixtures/recap-talks.ts';

describe('oneSessionPerSentence', () => {
  it('makes an untitled keynote and the title its sentence gives one keynote', () => {
    expect(talks('The opening keynote was by Ann Lee, who talked about *Quiet Queues*.\n')).toEqual(
      [['Quiet Queues', 'keynote', ['Ann Lee']]],
    );
  });

  it('takes the title the next sentence gives by a pronoun or by a name of the speaker', () => {
    expect(
      talks('Ann Lee gave the opening keynote. Her talk, "Quiet Queues", was a delight.\n'),
    ).toEqual([['Quiet Queues', 'keynote', ['Ann Lee']]]);
    expect(
      talks('Ann Lee gave the opening keynote. Lee\'s keynote, "Quiet Queues", was a delight.\n'),
    ).toEqual([['Quiet Queues', 'keynote', ['Ann Lee']]]);
  });

  it('keeps apart a titled talk that the sentence gives to other people', () => {
    expect(
      talks('The opening keynote was by Ann Lee, before Bo Chen talked about *Loud Logs*.\n'),
    ).toEqual([
      ['Loud Logs', 'talk', ['Bo Chen']],
      ['Opening keynote', 'keynote', ['Ann Lee']],
    ]);
  });
});
