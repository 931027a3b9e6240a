import { describe, expect, it } from 'vitest';
import { underBase } from './post-files.ts';

const root = new Set(['images/room.jpg', 'images/a b.png']);

describe('underBase', () => {
  it('puts links to files of static/ under the base, and leaves every other link alone', () => {
    const html =
      '<img src="/images/room.jpg"><a href="/images/a%20b.png">b</a><img src="/images/gone.jpg"><a href="//x.org/images/room.jpg">c</a><a href="https://x.org/">d</a>';
    expect(underBase(html, root, '/notes/')).toBe(
      '<img src="/notes/images/room.jpg"><a href="/notes/images/a%20b.png">b</a><img src="/images/gone.jpg"><a href="//x.org/images/room.jpg">c</a><a href="https://x.org/">d</a>',
    );
    expect(underBase(html, root, '/')).toBe(html);
  });
});
