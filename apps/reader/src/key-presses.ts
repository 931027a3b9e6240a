import type { Key } from 'ink';

/** A key with no modifier or named key: a plain character. */
export const PLAIN_KEY: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};

export type KeyPress = { readonly input: string; readonly key: Key };

const isCharacter = (input: string) =>
  [...input].length === 1 && input >= ' ' && input !== '\u007f';

/** One character of a chunk as the key press Ink would report had it arrived alone. */
function pressOf(character: string): KeyPress {
  if (character === '\r') return { input: '', key: { ...PLAIN_KEY, return: true } };
  if (character === '\t') return { input: '', key: { ...PLAIN_KEY, tab: true } };
  const code = character.codePointAt(0)!;
  // Ctrl+A..Ctrl+Z arrive as 0x01..0x1a; Ink names them by their letter.
  if (code >= 1 && code <= 26) {
    return { input: String.fromCharCode(code + 96), key: { ...PLAIN_KEY, ctrl: true } };
  }
  return { input: character, key: { ...PLAIN_KEY, shift: /[A-Z]/.test(character) } };
}

/**
 * The key presses in what Ink reports as one input. Keys typed faster than the reader reads them
 * (a held `j`, `tmux send-keys jjjjj`, a paste) arrive as one chunk, which Ink hands over whole
 * as `input`: matched as a whole against `j` it matches nothing and every key is lost. Ink already
 * splits escape sequences and backspaces out of a chunk, so what is left is plain characters.
 */
export function keyPresses(input: string, key: Key): readonly KeyPress[] {
  // Esc and a key right after it arrive as one chunk, which Ink reads as Alt and the key:
  // tmux sends them so when the second comes within its escape-time (half a second by
  // default). The reader binds no Alt key, so this is Esc, then the key. Alt with an arrow is
  // left as it is: terminals send it that way too.
  if (key.meta && !key.ctrl && (key.escape || isCharacter(input))) {
    const esc: KeyPress = { input: '', key: { ...PLAIN_KEY, escape: true } };
    return [esc, key.escape ? esc : { input, key: { ...key, meta: false } }];
  }
  const characters = [...input];
  if (characters.length <= 1 || key.ctrl || key.meta) return [{ input, key }];
  return characters.map(pressOf);
}
