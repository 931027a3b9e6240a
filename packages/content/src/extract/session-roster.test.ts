import { describe, expect, it } from 'vitest';
import { talks } from './fixtures/recap-talks.ts';

describe('sessionRosters', () => {
  it('gives a panel named without its people the roster of a later sentence, and its moderator', () => {
    expect(
      talks(
        'In the evening was panel discussion „Is Java Still Cool?”. On the panel were Tomasz Lis, ' +
          'Hye-jin Park and Ewelina Maj, and the moderator was Rafał Kowalczyk.\n',
      ),
    ).toEqual([
      [
        'Is Java Still Cool?',
        'panel',
        ['Tomasz Lis', 'Hye-jin Park', 'Ewelina Maj', 'Rafał Kowalczyk'],
      ],
    ]);
  });

  it('reads a roster on stage as an untitled panel when the paragraph or the one before speaks of one', () => {
    expect(
      talks(
        '**14:02** — Panel. On stage: Beatriz Costa (moderating), Sung-min Hwang and Luca Bernasconi.\n\n' +
          "There was also a maintainers' panel.\n\n" +
          'I moderated it myself, with Ondřej Beneš, Mei-Ling Zhao and Hamid Rostami on stage.\n',
      ),
    ).toEqual([
      ['Panel', 'panel', ['Beatriz Costa', 'Sung-min Hwang', 'Luca Bernasconi']],
      ['Panel', 'panel', ['Ondřej Beneš', 'Mei-Ling Zhao', 'Hamid Rostami']],
    ]);
  });

  it('takes no roster for a panel when none is spoken of, nor one person for a roster', () => {
    expect(
      talks(
        'The band played. On stage were Ann Lee and Bo Chen.\n\n' +
          'The panel was fun. On stage: Cy Dee, who hosted.\n\n' +
          '## People I met\n\nAfter the panel, on stage were Ann Lee and Bo Chen.\n',
      ),
    ).toEqual([]);
  });

  it('reads one person on stage after a keynote is said as its speaker', () => {
    expect(
      talks(
        '**16:58** — Closing keynote time. Up on stage: Tadeusz Wróblewski, who has been on the subgroup since 2019.\n',
      ),
    ).toEqual([['Keynote', 'keynote', ['Tadeusz Wróblewski']]]);
  });
});
