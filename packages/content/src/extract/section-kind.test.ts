import { describe, expect, it } from 'vitest';
import { talks } from './fixtures/recap-talks.ts';

describe('ofSectionKind', () => {
  it('gives the talks under a heading that names a kind that kind, unless a talk says its own', () => {
    expect(
      talks(
        '## Day 2: Workshops\n\n- **Quiet Queues** by Ann Lee\n- Keynote: **Loud Logs** by Bo Chen\n',
      ),
    ).toEqual([
      ['Quiet Queues', 'workshop', ['Ann Lee']],
      ['Loud Logs', 'keynote', ['Bo Chen']],
    ]);
  });

  it('takes ignites, and a list a sentence introduces as lightning talks, for lightning talks', () => {
    expect(talks('## Ignites\n\n- **Quiet Queues** by Ann Lee\n')).toEqual([
      ['Quiet Queues', 'lightning', ['Ann Lee']],
    ]);
    expect(
      talks('The lightning talk room was packed. Quick notes:\n\n- **Loud Logs** by Bo Chen\n'),
    ).toEqual([['Loud Logs', 'lightning', ['Bo Chen']]]);
  });

  it('leaves the talks under a heading that only mentions a kind as talks', () => {
    expect(talks('## Why keynotes matter\n\n- **Quiet Queues** by Ann Lee\n')).toEqual([
      ['Quiet Queues', 'talk', ['Ann Lee']],
    ]);
  });

  it('gives a talk heading under a lightning talks heading that kind', () => {
    expect(
      talks('## Lightning talks\n\n### Gradle in 300 Seconds — Marta Ruiz\n\nTips.\n'),
    ).toEqual([['Gradle in 300 Seconds', 'lightning', ['Marta Ruiz']]]);
  });

  it('takes talks named after a sentence about the lightning talks for lightning talks, unless their own sentence names a session', () => {
    expect(
      talks(
        [
          '11:30 – Lightning talks. I only caught two: Mateus Figueiredo on "Column-Level Lineage for Free", and Aiko Mori\'s "Please Stop Using Cron".',
          '',
          'The lightning talks were great. My favourite was Wang Xiaoyu\'s "Ten Years of Autovacuum Complaints".',
          '',
          'The lightning talks were weak. The best talk of the day was Ann Lee\'s "Quiet Queues".',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      ['Please Stop Using Cron', 'lightning', ['Aiko Mori']],
      ['Column-Level Lineage for Free', 'lightning', ['Mateus Figueiredo']],
      ['Ten Years of Autovacuum Complaints', 'lightning', ['Wang Xiaoyu']],
      ['Quiet Queues', 'talk', ['Ann Lee']],
    ]);
  });
});
