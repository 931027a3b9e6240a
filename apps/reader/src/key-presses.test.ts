import { describe, expect, it } from 'vitest';
import { keyPresses, PLAIN_KEY } from './key-presses.ts';

describe('keyPresses', () => {
  it('keeps a lone key as Ink reported it', () => {
    const key = { ...PLAIN_KEY, downArrow: true };
    expect(keyPresses('', key)).toEqual([{ input: '', key }]);
    expect(keyPresses('j', PLAIN_KEY)).toEqual([{ input: 'j', key: PLAIN_KEY }]);
  });

  it('splits a chunk into one press per character, naming Enter, Tab, Ctrl and capitals', () => {
    const presses = keyPresses('jG\r\t\u0004é', PLAIN_KEY);
    expect(presses.map((p) => p.input)).toEqual(['j', 'G', '', '', 'd', 'é']);
    expect(presses[1]!.key.shift).toBe(true);
    expect(presses[2]!.key.return).toBe(true);
    expect(presses[3]!.key.tab).toBe(true);
    expect(presses[4]!.key.ctrl).toBe(true);
    expect(presses[0]!.key).toEqual(PLAIN_KEY);
  });

  it('reads Esc and the key after it, sent together (as tmux does within its escape-time), as two presses', () => {
    const esc = { input: '', key: { ...PLAIN_KEY, escape: true } };
    expect(keyPresses('j', { ...PLAIN_KEY, meta: true })).toEqual([
      esc,
      { input: 'j', key: PLAIN_KEY },
    ]);
    expect(keyPresses('G', { ...PLAIN_KEY, meta: true, shift: true })).toEqual([
      esc,
      { input: 'G', key: { ...PLAIN_KEY, shift: true } },
    ]);
    expect(keyPresses('\u001b', { ...PLAIN_KEY, meta: true, escape: true })).toEqual([esc, esc]);
    const altUp = { ...PLAIN_KEY, meta: true, upArrow: true };
    expect(keyPresses('', altUp)).toEqual([{ input: '', key: altUp }]);
  });
});
