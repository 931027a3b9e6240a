import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const html = (body: string) => parseArticle(`---\ntitle: x\n---\n${body}`, 'posts/a.md').post!.html;

describe('ids in a post with raw HTML', () => {
  it("keeps a paragraph anchor the page's own, whatever id the post's HTML writes first", () => {
    const out = html('<p id="p-3">Mine</p>\n\nOne\n\nTwo <b>b</b>\n\nThree\n\n## Later\n');
    expect(out.match(/id="p-3"/g)).toHaveLength(1);
    expect(out).toMatch(/<p id="p-3">Three<\/p>/);
    expect(out).toContain('id="user-content-p-3"');
    expect(out).toContain('<h2 id="later">');
  });

  it('leaves the footnotes linked: their ids and the links to them match', () => {
    const out = html('A claim<sup>*</sup>[^1].\n\n[^1]: The source.\n');
    const targets = [...out.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(targets.length).toBeGreaterThan(0);
    for (const id of targets) expect(out).toContain(`id="${id}"`);
  });
});
