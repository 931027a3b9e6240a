import { describe, expect, it } from 'vitest';
import { textDir } from './text-dir.ts';

describe('textDir', () => {
  it('sets languages read right to left right to left, and leaves every other alone', () => {
    expect(['ar_EG', 'he', 'fa-IR', 'ur'].map(textDir)).toEqual(['rtl', 'rtl', 'rtl', 'rtl']);
    expect(['de_DE', 'en', 'ja', undefined, 'not a language'].map(textDir)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
