import { describe, expect, it } from 'vitest';
import { paragraphLink } from './paragraph-link.ts';

describe('paragraphLink', () => {
  it('shows the sign and the number, and names the paragraph in words for a screen reader', () => {
    expect(paragraphLink('p-12')).toBe(
      '<span aria-hidden="true">¶\u00a012</span><span class="sr-only">paragraph 12</span>',
    );
  });

  it('says what the paragraph is of, escaped', () => {
    expect(paragraphLink('p-3', ' of A & B')).toBe(
      '<span aria-hidden="true">¶\u00a03</span><span class="sr-only">paragraph 3 of A &amp; B</span>',
    );
  });
});
