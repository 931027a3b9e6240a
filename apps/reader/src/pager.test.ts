import { describe, expect, it } from 'vitest';
import { indexCatalog } from './data/catalog-index.ts';
import { searchMatches } from './pager.ts';
import { postDoc } from './render/post-doc.ts';
import { fixtureCatalog, makePost } from './test/catalog-fixture.ts';

const docOf = (body: string) => {
  const post = makePost({ id: 'accents', title: 'Accents', body });
  const index = indexCatalog({ ...fixtureCatalog(), posts: [post] });
  return postDoc(index, post, 80, false);
};

describe('searchMatches', () => {
  it('ignores accents as the list filter does, and highlights the accented word', () => {
    const doc = docOf('Jérôme Petazzoni and Diogo Mónica spoke; MONICA again.');
    const found = searchMatches(doc, 'monica').map((m) =>
      doc.lines[m.line]!.text.slice(m.start, m.end),
    );
    expect(found).toEqual(['Mónica', 'MONICA']);
    expect(searchMatches(doc, 'jerome').length).toBe(1);
  });

  it('highlights the right characters after letters whose lower case is longer', () => {
    const doc = docOf('İstanbul and Docker.');
    const [match] = searchMatches(doc, 'docker');
    expect(doc.lines[match!.line]!.text.slice(match!.start, match!.end)).toBe('Docker');
  });
});
