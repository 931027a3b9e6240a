import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES, parsePost } from '../index.ts';

// The README names the limit; a caller checks a file's size against it before reading it.
describe('MAX_ARTICLE_BYTES from the package', () => {
  it('is the size past which an article is refused with file-too-large', () => {
    const head = '---\ntitle: A\n---\n';
    const at = (bytes: number) => head + 'x'.repeat(bytes - head.length);
    expect(parsePost(at(MAX_ARTICLE_BYTES), 'posts/a.md').post?.title).toBe('A');
    expect(parsePost(at(MAX_ARTICLE_BYTES + 1), 'posts/a.md').diagnostics[0]?.code).toBe(
      'file-too-large',
    );
  });
});
