import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../resolve/analyze.ts';
import { bodyTree } from './body-tree.ts';
import { parseArticle } from './parse-article.ts';
import { plainText } from './plain-text.ts';

const parsed = (body: string) => {
  const { post, diagnostics } = parseArticle(`---\ntitle: Notes\n---\n${body}\n`, 'posts/x.md');
  if (!post) throw new Error('fixture did not parse');
  return { post, diagnostics };
};

describe('wiki links', () => {
  it('show the words they link: the target, its alias, or the heading of a link within', () => {
    const { post, diagnostics } = parsed(
      '- Speaker: [[Ioana Dumitrescu]] (Iceberg PMC)\n' +
        '- See [[DuckDB#Notes]], [[Yuki Sato|Yuki]] and [[#Questions]].\n',
    );
    expect(post.text).toContain('Speaker: Ioana Dumitrescu (Iceberg PMC)');
    expect(post.text).toContain('See DuckDB, Yuki and Questions.');
    expect(post.html).not.toContain('[[');
    expect(post.html).toContain('>Speaker: Ioana Dumitrescu (Iceberg PMC)</span></li>');
    expect(diagnostics).toEqual([]);
    // The tree a terminal reader lays out reads the same.
    expect(plainText(bodyTree('Speaker: [[Ann Lee]]'))).toBe('Speaker: Ann Lee');
  });

  it('leave embeds, code and brackets that are no link as they are', () => {
    const { post } = parsed('![[chart.png]] and `[[x]]` and [[1, 2], [3]]\n\n    [[Indented]]\n');
    expect(post.text).toContain('![[chart.png]] and [[x]] and [[1, 2], [3]]');
    expect(post.html).toContain('<code>[[x]]</code>');
    expect(post.html).toContain('<pre><code>[[Indented]]');
  });

  it('give a talk speakers found where their names stand in the source', () => {
    const source =
      '---\ntitle: Lakehouse Days\n---\n\n' +
      '### "Compaction Strategies for Streaming Ingest"\n' +
      '- Speaker: [[Takeshi Nakamura]]\n' +
      '- great diagrams, very deep\n\n' +
      '### Lightning talks\n' +
      '- "Parquet Is Not a Database" — [[Yuki Sato]]\n';
    const { extraction } = analyzeArticle({ path: 'posts/x.md', source });
    expect(extraction?.talks.map((t) => [t.title, t.speakers])).toEqual([
      ['Compaction Strategies for Streaming Ingest', ['Takeshi Nakamura']],
      ['Parquet Is Not a Database', ['Yuki Sato']],
    ]);
    const yuki = extraction?.people.find((p) => p.name === 'Yuki Sato');
    // Line 10, after `- "Parquet Is Not a Database" — [[`: the name, not its brackets.
    expect(yuki?.mentions.map((m) => [m.line, m.column])).toEqual([[10, 35]]);
  });
});
