import { afterEach, describe, expect, it } from 'vitest';
import { setEmojiJoining } from './emoji-cells.ts';
import { cells, wrapPieces } from './pieces.ts';

const FAMILY = '\u{1f468}\u200d\u{1f469}\u200d\u{1f467}';
const HAND = '\u{1f64b}\u{1f3fc}';

afterEach(() => setEmojiJoining({ zwj: true, modifier: true, presentation: true }));

describe('emoji sequences in a terminal that draws their parts', () => {
  it('count the cells of every part, so that a line of them stays in the window', () => {
    expect([cells(FAMILY), cells(HAND)]).toEqual([2, 2]);
    setEmojiJoining({ zwj: false, modifier: false, presentation: true });
    expect([cells(FAMILY), cells(HAND), cells(`a${HAND}b`), cells('🇯🇵')]).toEqual([6, 4, 6, 2]);
    const quote = `${HAND} Note: I didn't know much about data mesh literature before`;
    for (const line of wrapPieces([{ text: quote, roles: [], source: 0 }], 20)) {
      expect(cells(line.map((p) => p.text).join(''))).toBeLessThanOrEqual(20);
    }
    expect(wrapPieces([{ text: `${HAND} Note`, roles: [], source: 0 }], 8)).toHaveLength(2);
  });

  it('are measured by kind: a terminal may join skin tones and not families', () => {
    setEmojiJoining({ zwj: false, modifier: true, presentation: true });
    expect([cells(FAMILY), cells(HAND)]).toEqual([6, 2]);
  });

  it('count a symbol made an emoji by U+FE0F as the terminal draws it', () => {
    const HEART = '\u2764\ufe0f';
    const ON_FIRE = '\u2764\ufe0f\u200d\u{1f525}';
    expect([cells(HEART), cells(`a${HEART}b`), cells(ON_FIRE)]).toEqual([2, 4, 2]);
    // tmux and xterm: the heart as the symbol alone, one cell.
    setEmojiJoining({ zwj: true, modifier: true, presentation: false });
    expect([cells(HEART), cells(`a${HEART}b`), cells('\u26a1\ufe0f')]).toEqual([1, 3, 2]);
    // Joined apart but drawn wide: the heart's two cells and the fire's.
    setEmojiJoining({ zwj: false, modifier: true, presentation: true });
    expect(cells(ON_FIRE)).toBe(4);
    const line = `${HEART.repeat(3)} ${'a'.repeat(14)}`;
    setEmojiJoining({ zwj: true, modifier: true, presentation: false });
    expect(wrapPieces([{ text: line, roles: [], source: 0 }], 18)).toHaveLength(1);
  });
});
