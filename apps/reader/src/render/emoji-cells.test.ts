import { afterEach, describe, expect, it } from 'vitest';
import { setEmojiJoining } from './emoji-cells.ts';
import { cells, wrapPieces } from './pieces.ts';

const FAMILY = '\u{1f468}\u200d\u{1f469}\u200d\u{1f467}';
const HAND = '\u{1f64b}\u{1f3fc}';

afterEach(() => setEmojiJoining({ zwj: true, modifier: true }));

describe('emoji sequences in a terminal that draws their parts', () => {
  it('count the cells of every part, so that a line of them stays in the window', () => {
    expect([cells(FAMILY), cells(HAND)]).toEqual([2, 2]);
    setEmojiJoining({ zwj: false, modifier: false });
    expect([cells(FAMILY), cells(HAND), cells(`a${HAND}b`), cells('🇯🇵')]).toEqual([6, 4, 6, 2]);
    const quote = `${HAND} Note: I didn't know much about data mesh literature before`;
    for (const line of wrapPieces([{ text: quote, roles: [], source: 0 }], 20)) {
      expect(cells(line.map((p) => p.text).join(''))).toBeLessThanOrEqual(20);
    }
    expect(wrapPieces([{ text: `${HAND} Note`, roles: [], source: 0 }], 8)).toHaveLength(2);
  });

  it('are measured by kind: a terminal may join skin tones and not families', () => {
    setEmojiJoining({ zwj: false, modifier: true });
    expect([cells(FAMILY), cells(HAND)]).toEqual([6, 2]);
  });
});
