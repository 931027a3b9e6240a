import { describe, expect, it } from 'vitest';
import { extractRecap } from './fixtures/recap-talks.ts';

const takeawaysOf = (body: string) => extractRecap(body).talks.map((t) => [t.title, t.takeaways]);

describe('takeawaysOf', () => {
  it("takes the top-level items of a talk's own section, not the nested ones", () => {
    expect(
      takeawaysOf(
        '## Quiet Queues\n\nAnn Lee showed how queues can page no one.\n\n- Page no one\n  - not even at night\n- Measure the backlog\n',
      ),
    ).toEqual([['Quiet Queues', ['Page no one', 'Measure the backlog']]]);
  });

  it('takes the list a paragraph about the talk introduces, and keeps at most 30 points', () => {
    const points = Array.from({ length: 40 }, (_, i) => `- Point number ${i + 1}`);
    const [[, taken]] = takeawaysOf(
      `Ann Lee spoke about **Quiet Queues**. My notes:\n\n${points.join('\n')}\n`,
    ) as [[string, string[]]];
    expect(taken).toHaveLength(30);
    expect(taken[0]).toBe('Point number 1');
  });

  it('gives a talk named in a list item no points of the list after it', () => {
    expect(
      takeawaysOf('- Ann Lee spoke about **Quiet Queues**\n- Bo Chen spoke about **Loud Logs**\n'),
    ).toEqual([
      ['Quiet Queues', []],
      ['Loud Logs', []],
    ]);
  });
});
