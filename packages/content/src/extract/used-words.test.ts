import { describe, expect, it } from 'vitest';
import { UsedWords } from './used-words.ts';

describe('UsedWords', () => {
  it.each([1, 31, 32, 200])('holds each of %i words apart from the others', (words) => {
    const used = new UsedWords(words);
    const marked = [0, Math.floor(words / 2), words - 1];
    for (const k of marked) used.add(k);
    for (let k = 0; k < words; k++) expect(used.has(k)).toBe(marked.includes(k));
  });
});
