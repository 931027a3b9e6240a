import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { probeTerminal, type TerminalInput } from './terminal-probe.ts';

/** A terminal that answers the questions written to it with `reply`, after the keys `typed`. */
function terminal(reply: string, typed = '') {
  const input = Object.assign(new PassThrough(), {
    isTTY: true,
    isRaw: false,
    setRawMode(raw: boolean) {
      input.isRaw = raw;
      return input;
    },
  });
  const asked: string[] = [];
  const output = {
    write(text: string) {
      asked.push(text);
      input.write(typed + reply);
      return true;
    },
  };
  return { input: input as unknown as TerminalInput & PassThrough, output, asked };
}

const DA1 = '\u001b[?62;22c';

describe('probeTerminal', () => {
  it('asks for the background with OSC 11, and keys typed meanwhile are left to read', async () => {
    const t = terminal(
      `\u001b[5;3R\u001b[5;3R\u001b[5;3R\u001b]11;rgb:ffff/ffff/ffff\u001b\\${DA1}`,
      'j/',
    );
    expect(await probeTerminal(t.input, t.output, { background: true })).toEqual({
      background: 'light',
      joining: { zwj: true, modifier: true, presentation: true },
    });
    expect(t.asked.join('')).toContain('\u001b]11;?\u001b\\\u001b[c');
    expect(t.input.isRaw).toBe(false);
    expect(String(t.input.read())).toBe('j/');
  });

  it('measures emoji sequences a terminal draws in parts by where the cursor went', async () => {
    // A family of three, six cells wide; a hand and its skin tone, four; a red heart, one.
    const t = terminal(`\u001b[9;7R\u001b[9;5R\u001b[9;2R${DA1}`);
    expect(await probeTerminal(t.input, t.output, { background: false })).toEqual({
      joining: { zwj: false, modifier: false, presentation: false },
    });
    expect(t.asked.join('')).not.toContain('\u001b]11;?');
  });

  it('draws the emoji it measures concealed, and leaves the line empty and revealed', async () => {
    // A terminal that answers two of the three: the heart is taken to be drawn as the others.
    const t = terminal(`\u001b[9;3R\u001b[9;3R${DA1}`);
    expect((await probeTerminal(t.input, t.output, { background: false })).joining).toEqual({
      zwj: true,
      modifier: true,
      presentation: true,
    });
    const asked = t.asked.join('');
    const conceal = asked.indexOf('\u001b[8m');
    const reveal = asked.indexOf('\u001b[28m');
    // Every emoji between the two: none is ever shown on the shell's line.
    const emoji = [...asked.matchAll(/\p{Extended_Pictographic}/gu)].map((m) => m.index);
    expect(emoji.length).toBeGreaterThan(0);
    expect(conceal).toBeGreaterThanOrEqual(0);
    for (const at of emoji) expect(at > conceal && at < reveal, `emoji at ${at}`).toBe(true);
    expect(asked.slice(reveal)).toMatch(/^\u001b\[28m\u001b\[K/);
  });

  it('says nothing, without waiting, of what a terminal answering DA1 alone did not say', async () => {
    const t = terminal(DA1);
    expect(await probeTerminal(t.input, t.output, { background: true, waitMs: 3_600_000 })).toEqual(
      {},
    );
    expect(t.input.read()).toBeNull();
  });
});
