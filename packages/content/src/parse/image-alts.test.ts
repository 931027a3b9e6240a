import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const html = (body: string) => parseArticle(`---\ntitle: T\n---\n${body}`, 'posts/t.md').post!.html;

describe('images in a post', () => {
  it('get an empty alt when their HTML gives none, and keep the one they give', () => {
    const out = html(
      'Before.\n\n<img src="/x.png" width="400px">\n\n<p><img src="/y.png" alt="The stage"></p>\n\n![](/z.png)\n',
    );
    expect(out).toContain('<img src="/x.png" width="400px" alt="">');
    expect(out).toContain('<img src="/y.png" alt="The stage">');
    expect(out).toContain('<img src="/z.png" alt="">');
    expect(out.match(/<img\b/g)).toHaveLength(3);
  });
});
