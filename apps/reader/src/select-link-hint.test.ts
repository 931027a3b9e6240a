import { describe, expect, it } from 'vitest';
import { selectLinkHint } from './select-link-hint.ts';

describe('selectLinkHint', () => {
  it("names the screen's own selection keys", () => {
    expect(selectLinkHint('post')).toBe('Select a link first: tab goes to the next one');
    for (const screen of ['talk', 'speaker', 'event']) {
      expect(selectLinkHint(screen)).toBe('Select a link first: move to it with j/k');
    }
  });
});
