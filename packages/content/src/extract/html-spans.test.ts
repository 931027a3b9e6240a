import { describe, expect, it } from 'vitest';
import { inlineTag } from './html-spans.ts';

describe('inlineTag', () => {
  it('reads opening and closing tags, in any case and with spaces', () => {
    expect(inlineTag('<B>')).toEqual({ name: 'b', closing: false });
    expect(inlineTag('</ cite >')).toEqual({ name: 'cite', closing: true });
    expect(inlineTag('<br/>')).toEqual({ name: 'br', closing: false });
  });

  it("reads a link's target however its attribute is quoted", () => {
    for (const tag of [
      '<a href="https://ex.com/t?a=1&b=2" title="x > y">',
      "<a class='x' href='https://ex.com/t?a=1&b=2'>",
    ])
      expect(inlineTag(tag)?.href, tag).toBe('https://ex.com/t?a=1&b=2');
    expect(inlineTag('<a HREF=https://ex.com/t>')?.href).toBe('https://ex.com/t');
    expect(inlineTag('<a name="top">')?.href).toBeUndefined();
  });

  it('reads no tag in a comment or in text', () => {
    expect(inlineTag('<!-- more -->')).toBeUndefined();
    expect(inlineTag('a < b')).toBeUndefined();
  });
});
