import { describe, expect, it } from 'vitest';
import { isInteractive } from './env.ts';

describe('isInteractive', () => {
  it('needs keys from a terminal, output to one, and a terminal that moves its cursor', () => {
    expect(isInteractive({ TERM: 'xterm-256color' }, true, true)).toBe(true);
    expect(isInteractive({ TERM: 'xterm-256color' }, true, false)).toBe(false);
    expect(isInteractive({ TERM: 'xterm-256color' }, false, true)).toBe(false);
    expect(isInteractive({ TERM: 'dumb' }, true, true)).toBe(false);
    expect(isInteractive({}, true, true)).toBe(true);
  });
});
