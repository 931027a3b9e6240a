import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './mdast.ts';
import { tooDeepHtml, tooDeepNode, tooDeepTree } from './nesting.ts';

describe('tooDeepNode', () => {
  it('reports what tooDeepTree, then tooDeepHtml, report', () => {
    const bodies = [
      'Plain *text* with [a link](http://x).\n\n- a\n  - b\n',
      `${'*a '.repeat(300)}x`,
      `${'*a '.repeat(300)}x${' a*'.repeat(300)}`,
      `${'> '.repeat(80)}x\n\n${'  '.repeat(0)}${'<b>'.repeat(300)}`,
      '<div>'.repeat(300),
      `<i>x</i>\n\n${'<span>'.repeat(200)}\n\n${'<em>'.repeat(100)}`,
      `${'- x\n'.repeat(3)}${Array.from({ length: 140 }, (_, i) => `${'  '.repeat(i)}- y`).join('\n')}`,
    ];
    for (const body of bodies) {
      const tree = parseMarkdown(body);
      expect(tooDeepNode(tree)).toEqual(tooDeepTree(tree) ?? tooDeepHtml(tree));
    }
    expect(tooDeepNode(parseMarkdown('<b>'.repeat(300)))?.kind).toBe('tree');
    const emphasis = `${'*a '.repeat(300)}x${' a*'.repeat(300)}`;
    expect(tooDeepNode(parseMarkdown(emphasis))).toMatchObject({ kind: 'tree', depth: 257 });
  });
});
