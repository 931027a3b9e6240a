import { describe, expect, it } from 'vitest';
import { linkPlace, underBase, unpublishedImages } from './post-files.ts';

const files = {
  root: new Set(['images/room.jpg', 'images/a b.png']),
  page: '/posts/my-talk/',
  bundle: ['diagram.png'],
};

describe('unpublishedImages', () => {
  it("lists pictures of the site's own that neither static/ nor the bundle publishes", () => {
    const html = [
      '<img src="/images/room.jpg" alt="">',
      '<img src="/images/a%20b.png" alt="">',
      '<img alt="x" src="diagram.png">',
      '<img src="./diagram.png?v=2">',
      '<img src="/images/gone.jpg">',
      '<img src="img/photo.jpg">',
      '<img src="/images/gone.jpg">',
      '<img src="https://example.com/a.jpg">',
      '<img src="//cdn.example.com/a.jpg">',
      '<img src="data:image/png;base64,AAAA">',
      '<a href="/elsewhere.pdf">not a picture</a>',
    ].join('\n');
    expect(unpublishedImages(html, files)).toEqual(['/images/gone.jpg', 'img/photo.jpg']);
  });

  it('finds none in a post without pictures', () => {
    expect(unpublishedImages('<p>/images/gone.jpg</p>', files)).toEqual([]);
  });
});

describe('underBase', () => {
  it('puts links to files of static/ under the base, and leaves every other link alone', () => {
    const html =
      '<img src="/images/room.jpg"><a href="/images/a%20b.png">b</a><img src="/images/gone.jpg"><a href="//x.org/images/room.jpg">c</a><a href="https://x.org/">d</a>';
    expect(underBase(html, files.root, '/notes/')).toBe(
      '<img src="/notes/images/room.jpg"><a href="/notes/images/a%20b.png">b</a><img src="/images/gone.jpg"><a href="//x.org/images/room.jpg">c</a><a href="https://x.org/">d</a>',
    );
    expect(underBase(html, files.root, '/')).toBe(html);
  });
});

describe('linkPlace', () => {
  it('finds where the source writes a link, as written or decoded', () => {
    const source =
      '---\ntitle: x\n---\n\nSee ![room](/images/a b.png) and\n  ![x](/images/gone.jpg)\n';
    expect(linkPlace(source, '/images/gone.jpg')).toEqual({ line: 6, column: 8 });
    expect(linkPlace(source, '/images/a%20b.png')).toEqual({ line: 5, column: 13 });
    expect(linkPlace(source, '/nowhere.png')).toEqual({ line: 1, column: 1 });
  });
});
