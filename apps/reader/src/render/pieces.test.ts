import { afterEach, describe, expect, it, vi } from 'vitest';
import { cells, fit, fitEnd, type Piece, plainText, splitAtWidth, wrapPieces } from './pieces.ts';

// Counts the characters handed to the width measurement, which is what a long line costs.
const measured = vi.hoisted(() => ({ chars: 0 }));
vi.mock('string-width', async (importOriginal) => {
  const real = (await importOriginal<typeof import('string-width')>()).default;
  return {
    default: (text: string) => {
      measured.chars += text.length;
      return real(text);
    },
  };
});
afterEach(() => {
  measured.chars = 0;
});

const piece = (text: string): Piece => ({ text, roles: [], source: 1 });

describe('wrapPieces', () => {
  it('cuts a long run without spaces (CJK, accents) measuring each character a few times, not the rest of the run at every line', () => {
    const run = '語é'.repeat(5000);
    const lines = wrapPieces([piece(run)], 80);
    expect(lines.map(plainText).join('')).toBe(run);
    for (const line of lines) expect(cells(plainText(line))).toBeLessThanOrEqual(80);
    measured.chars = 0;
    wrapPieces([piece(run)], 80);
    expect(measured.chars).toBeLessThan(run.length * 10);
  });

  it('cuts a run of wide characters at the width, two cells each', () => {
    const lines = wrapPieces([piece('日本語のテキスト')], 5).map(plainText);
    expect(lines).toEqual(['日本', '語の', 'テキ', 'スト']);
  });

  it('breaks Chinese and Japanese text between any two characters, filling each line', () => {
    const text = '今日は Kubernetes の話をしました。とても長い文章ですが、最後まで読んでください。';
    const lines = wrapPieces([piece(text)], 20).map(plainText);
    expect(lines[0]).toBe('今日は Kubernetes の');
    for (const line of lines) expect(cells(line)).toBeLessThanOrEqual(20);
    for (const line of lines.slice(0, -1)) expect(cells(line)).toBeGreaterThanOrEqual(19);
    expect(lines.join('').replaceAll(' ', '')).toBe(text.replaceAll(' ', ''));
  });
});

// A family (four people joined by zero-width joiners) and a flag (two regional indicators): one
// character each, two cells wide, in a terminal that joins them.
const FAMILY = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}';
const FLAG = '\u{1F1EB}\u{1F1F7}';

describe('closing punctuation of Chinese and Japanese', () => {
  it('never starts a line: the character before it goes down with it', () => {
    // 。 would be the 21st cell of a 20-cell line.
    const lines = wrapPieces([piece('とても長い文章がここ。次の文')], 20).map(plainText);
    expect(lines).toEqual(['とても長い文章がこ', 'こ。次の文']);
    const styled = wrapPieces([piece('とても長い文章がここに'), piece('」と言った')], 22);
    expect(styled.map(plainText)).toEqual(['とても長い文章がここ', 'に」と言った']);
  });
});

describe('emoji joined into one character', () => {
  it('are cut between characters, two cells each, never inside one', () => {
    expect(splitAtWidth(`${FAMILY}abc`, 3)).toEqual([`${FAMILY}a`, 'bc']);
    expect(splitAtWidth(`${FLAG}${FLAG}`, 3)).toEqual([FLAG, FLAG]);
    expect(fit(`${FAMILY.repeat(3)}xyz`, 5)).toBe(`${FAMILY.repeat(2)}…`);
    expect(fitEnd(`abc${FAMILY.repeat(2)}`, 4)).toBe(`…${FAMILY}`);
  });

  it('fill a wrapped line as the width says, where each person counted two cells', () => {
    const lines = wrapPieces([piece(FAMILY.repeat(10))], 8).map(plainText);
    expect(lines).toEqual([FAMILY.repeat(4), FAMILY.repeat(4), FAMILY.repeat(2)]);
  });

  it('are not cut where a long run is measured a window at a time', () => {
    const run = `${'x'.repeat(255)}${FAMILY}${'y'.repeat(300)}`;
    const [head, tail] = splitAtWidth(run, 257);
    expect(head).toBe(`${'x'.repeat(255)}${FAMILY}`);
    expect(tail).toBe('y'.repeat(300));
  });
});
