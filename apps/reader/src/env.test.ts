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

  it('is not in a CI job, as Ink, which draws only the last frame there, sees one', () => {
    expect(isInteractive({ CI: 'true' }, true, true)).toBe(false);
    expect(isInteractive({ CI: '' }, true, true)).toBe(false);
    expect(isInteractive({ CONTINUOUS_INTEGRATION: '1' }, true, true)).toBe(false);
    expect(isInteractive({ CI: 'false' }, true, true)).toBe(true);
    expect(isInteractive({ CI: '0' }, true, true)).toBe(true);
  });
});
