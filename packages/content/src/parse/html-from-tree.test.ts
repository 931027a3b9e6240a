import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate-posts.ts';
import { headings } from './anchors.ts';
import { splitFrontMatter } from './front-matter-block.ts';
import { htmlFromTree } from './html-from-tree.ts';
import { parseMarkdown } from './mdast.ts';
import { renderThroughHast } from './render-html.ts';
import { readSourceText, type SourceText } from './source-text.ts';

/** Both renderings of a body: straight from the tree, and through the hast pipeline. */
function both(body: string) {
  const tree = parseMarkdown(body);
  const anchors = headings(tree).map((h) => h.anchor);
  return { direct: htmlFromTree(tree, anchors), hast: renderThroughHast(body, tree, anchors) };
}

const bodyOf = (bytes: Uint8Array) => {
  const { text } = readSourceText(bytes) as SourceText;
  return text.slice(splitFrontMatter(text).bodyOffset);
};

// Each of these once printed differently from the hast pipeline, or is a rule of it.
const edgeCases = {
  'hard breaks in a tight item': '- a *b*\\\n  c  \n  d\n- two\n',
  'tight item in a loose list': '- a\n- x\n\n  y\n- p\n  - n\n  - m\n\n  ```\n  code\n  ```\n',
  'items of definitions alone': '- a\n\n-\n\n- [x]: /y\n- c\n\n***\n\n- [z]: /y\n- c\n',
  'paragraph, code, paragraph in a tight item': '- a\n  ```\n  x\n  ```\n  b\n',
  'lazy line in a quote in a tight item': '- > 1. a ![i](#x) ~~\n  >  *b* c\n- d\n',
  'text after a hard break': 'a\\\n\t`\t x` *\ty*\n\n**x**\\\n[\tl](/l)\n',
  'code fence languages':
    '```a\u00a0b c\nx\n```\n\n```\ufeff\n\n```\n\n```\u00a0b\nx\n```\n\n```\n```\n',
  'inline code across lines': 'a `b\nc` d\n',
  'link and image URLs':
    '[a](http://a.com/?a=1&b="2"%zz%41é😀) [b](javascript:x) [c](HTTP://x) [d](/a:b) [e](?q:x)\n' +
    '[f](#a:b) [g](mailto:x@y "t \\"q\\"") [h]() ![i](data:x) ![j](/x.png \'T\') ![](%4 "")\n',
  'autolinks and escapes':
    '<https://auto.link> www.example.com a@b.co &amp; &copy; \\* \\< `<&>`\n',
  'tables with missing and extra cells':
    '| a | b |\n|:-|-:|\n| 1 |\n| 1 | 2 | 3 |\n\n| h |\n|---|\n',
  'ordered lists and breaks': '0. zero\n\n***\n\n3) three\n4) four\n\n---\n\nText\n\n\n___\n',
  'headings without slug': '# !!!\n\n## Day two\n\n## Day two\n\nSetext\n===\n',
  'comment-only raw HTML':
    'Intro\n\n<!-- more -->\n\nRest <!-- x --> here\n\n- a <!-- y --> b\n- c\n',
  'empty quote and nested quotes': '> [z]: /y\n\n***\n\n> > > a\n> > b\n',
};

describe('htmlFromTree', () => {
  it('prints what the hast pipeline prints, on edge cases', () => {
    for (const [name, body] of Object.entries(edgeCases)) {
      const { direct, hast } = both(body);
      expect({ name, html: direct }).toEqual({ name, html: hast });
    }
  });

  it("keeps a column's alignment as GitHub writes it, on both paths, and no style of a post's own", () => {
    const { direct, hast } = both(
      '| Talk | Room | Time |\n| :--- | :--: | ---: |\n| A | 1 | 9:00 |\n',
    );
    expect(direct).toBe(hast);
    expect(direct).toContain(
      '<th align="left">Talk</th>\n<th align="center">Room</th>\n<th align="right">Time</th>',
    );
    expect(direct).toContain('<td align="right">9:00</td>');
    const own = both(
      '| a |\n| -: |\n| 1 |\n\n<table><tr><td style="text-align: right">x</td></tr></table>\n',
    );
    expect(own.hast).toContain('<td align="right">1</td>');
    expect(own.hast).toContain('<td>x</td>');
  });

  it('gives each paragraph anchor once, in tight items with hard breaks and in loose lists', () => {
    for (const name of ['hard breaks in a tight item', 'tight item in a loose list'] as const) {
      const { direct, hast } = both(edgeCases[name]);
      for (const html of [direct, hast]) {
        const ids = [...(html ?? '').matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
        expect({ name, ids }).toEqual({ name, ids: [...new Set(ids)] });
        expect(ids.length).toBeGreaterThan(0);
      }
    }
    expect(both(edgeCases['hard breaks in a tight item']).direct).toContain(
      '<span id="p-1">a <em>b</em><br>\nc<br>\nd</span>',
    );
  });

  it('prints what the hast pipeline prints, on the fixtures and seed articles', () => {
    const dirs = [
      new URL('./fixtures/', import.meta.url),
      new URL('../../../../content/posts/', import.meta.url),
    ];
    let direct = 0;
    for (const dir of dirs) {
      for (const name of readdirSync(dir)) {
        const html = both(bodyOf(readFileSync(new URL(name, dir))));
        if (html.direct !== undefined) direct++;
        expect({ name, html: html.direct ?? html.hast }).toEqual({ name, html: html.hast });
      }
    }
    expect(direct).toBeGreaterThan(5);
  });

  it('prints what the hast pipeline prints, on the development corpus when it is there', () => {
    // It sits beside the repository on the project's machines, not in a clone.
    const corpus = new URL('../../../../../shared/corpus/dev/', import.meta.url);
    if (!existsSync(corpus)) {
      console.warn(`dev corpus not found at ${corpus.pathname}: its HTML was not compared.`);
      return;
    }
    const names = readdirSync(corpus).filter((f) => f.endsWith('.md'));
    for (const name of names) {
      const html = both(bodyOf(readFileSync(new URL(name, corpus))));
      expect({ name, html: html.direct ?? html.hast }).toEqual({ name, html: html.hast });
    }
    expect(names.length).toBeGreaterThan(0);
  });

  describe('on generated articles', () => {
    const root = mkdtempSync(join(tmpdir(), 'confnotes-html-'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));

    it('prints what the hast pipeline prints, and handles nearly all of them', () => {
      generateCorpus(root, { posts: 150, seed: 11 });
      const names = readdirSync(join(root, 'posts'));
      let direct = 0;
      for (const name of names) {
        const html = both(bodyOf(readFileSync(join(root, 'posts', name))));
        if (html.direct !== undefined) direct++;
        expect({ name, html: html.direct ?? html.hast }).toEqual({ name, html: html.hast });
      }
      expect(direct).toBeGreaterThan(names.length * 0.9);
    });
  });

  it('leaves raw HTML, footnotes, task lists and link references to the hast pipeline', () => {
    for (const body of [
      'a <b>bold</b>\n',
      '<div>\nx\n</div>\n',
      'a[^1]\n\n[^1]: note\n',
      '- [x] done\n',
      '[a][r]\n\n[r]: http://r\n',
    ]) {
      expect(both(body).direct).toBeUndefined();
    }
  });
});
