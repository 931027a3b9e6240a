import type { Heading } from '@confnotes/content';
import { describe, expect, it } from 'vitest';
import { tocEntries, tocItems } from './toc.ts';

const h = (depth: number, text: string): Heading => ({
  depth,
  text,
  anchor: text.toLowerCase().replace(/\W+/g, '-'),
});

describe('a table of contents', () => {
  it("lists a section's subsections under it, and the next section beside it", () => {
    const items = tocItems(tocEntries([h(2, 'A'), h(3, 'A one'), h(3, 'A two'), h(2, 'B')]));
    expect(items).toBe(
      '<li><a href="#a">A</a><ol><li><a href="#a-one">A one</a></li><li><a href="#a-two">A two</a></li></ol></li>' +
        '<li><a href="#b">B</a></li>',
    );
  });

  it('puts a heading that skips a level under the last one written higher', () => {
    const entries = tocEntries([h(2, 'A'), h(4, 'Deep'), h(3, 'Mid'), h(1, 'Top')]);
    expect(entries.map((e) => [e.heading.text, e.entries.map((u) => u.heading.text)])).toEqual([
      ['A', ['Deep', 'Mid']],
      ['Top', []],
    ]);
  });

  it("escapes a heading's words and anchor", () => {
    const heading = { depth: 2, text: '<script>"x"</script>', anchor: 'a"b' };
    expect(tocItems(tocEntries([heading]))).toBe(
      '<li><a href="#a&quot;b">&lt;script&gt;&quot;x&quot;&lt;/script&gt;</a></li>',
    );
  });
});
