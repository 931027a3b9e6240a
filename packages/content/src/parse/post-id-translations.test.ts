import { describe, expect, it } from 'vitest';
import { parsePost } from './parse-post.ts';
import { fileNameDate, fileNameTitle, postId } from './post-id.ts';

// Hugo names a page bundle's translations by language: `index.en.md`, `index.fr.md`.
describe('translations of a page bundle', () => {
  it.each([
    ['posts/kubecon-recap/index.en.md', 'kubecon-recap-en', undefined],
    ['posts/kubecon-recap/index.pt-br.md', 'kubecon-recap-pt-br', undefined],
    ['posts/kubecon-recap/_index.fr.md', 'kubecon-recap-fr', undefined],
    ['posts/2015-11-19-day-two/index.fr.md', 'day-two-fr', '2015-11-19'],
    // A file named like a translation of the posts folder's own index is no bundle.
    ['posts/index.en.md', 'index-en', undefined],
  ])('%s is %s', (path, id, date) => {
    expect(postId(path, undefined)).toBe(id);
    expect(fileNameDate(path)).toBe(date);
  });

  it('gives two bundles in one language two ids, not index-en twice', () => {
    const ids = ['posts/kubecon-recap/index.en.md', 'posts/gophercon-recap/index.en.md'].map(
      (path) => parsePost('---\ntitle: A recap\n---\nx\n', path).post?.id,
    );
    expect(ids).toEqual(['kubecon-recap-en', 'gophercon-recap-en']);
  });

  it("titles a dated bundle's translation with no title from its folder", () => {
    expect(fileNameTitle('posts/2015-11-19-day-two/index.en.md')).toBe('Day Two');
  });
});
