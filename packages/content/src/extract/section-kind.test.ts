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
});
