import { describe, expect, it } from 'vitest';
import { paragraphAnchors } from './paragraph-anchors.ts';

describe('paragraph anchors', () => {
  it('gives each paragraph once, in the order first mentioned, and none for a mention without one', () => {
    expect(
      paragraphAnchors([
        { anchor: 'p-6' },
        { anchor: 'p-6' },
        {},
        { anchor: 'p-2' },
        { anchor: 'p-6' },
      ]),
    ).toEqual(['p-6', 'p-2']);
    expect(paragraphAnchors([{}])).toEqual([]);
  });
});
