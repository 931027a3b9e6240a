import type { Element, Root } from 'hast';
import { htmlToHast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { escapeAttributeAngles } from './attribute-angles.ts';
import { parseArticle } from './parse-article.ts';

const htmlOf = (body: string) =>
  parseArticle(`---\ntitle: T\n---\n${body}`, 'posts/t.md').post!.html;

// The elements a browser reads from `html`, in document order.
const elements = (html: string) => {
  const found: Element[] = [];
  const walk = (node: Root | Element) => {
    for (const child of node.children)
      if (child.type === 'element') {
        found.push(child);
        walk(child);
      }
  };
  walk(htmlToHast(html, { fragment: true }) as Root);
  return found;
};
// What a pattern that looks for `<name` in the HTML finds.
const tagsFound = (html: string) => [...html.matchAll(/<([a-z][a-z0-9]*)/g)].map((m) => m[1]);

describe('escapeAttributeAngles', () => {
  it('writes the angle brackets of attribute values as references, and leaves the rest', () => {
    expect(
      escapeAttributeAngles('<p id="p-1"><img src="a.png" alt="a <pre x> b"> 1 &#x3C; 2</p>'),
    ).toBe('<p id="p-1"><img src="a.png" alt="a &#x3C;pre x&#x3E; b"> 1 &#x3C; 2</p>');
    const plain = '<p id="p-1">x="y> z" and <em>w</em></p>';
    expect(escapeAttributeAngles(plain)).toBe(plain);
  });

  it.each([
    [
      'a picture described with tags',
      "![<pre onerror=alert('x') x>](nope.png)",
      'img',
      'alt',
      "<pre onerror=alert('x') x>",
    ],
    [
      'a link titled with tags',
      '[a](https://example.com "<table onfocus=alert(1) autofocus>")',
      'a',
      'title',
      '<table onfocus=alert(1) autofocus>',
    ],
    [
      'raw HTML titled with tags',
      '<span title="<img onmouseover=alert(1) <h2 x>">t</span>',
      'span',
      'title',
      '<img onmouseover=alert(1) <h2 x>',
    ],
    [
      'a picture beside a footnote',
      '![<pre x>](a.png)[^1]\n\n[^1]: <em>n</em>',
      'img',
      'alt',
      '<pre x>',
    ],
  ])(
    'leaves no tag inside a value of %s, which a browser reads as written',
    (_, body, name, attribute, value) => {
      const html = htmlOf(body);
      const all = elements(html);
      expect(tagsFound(html)).toEqual(all.map((e) => e.tagName));
      const element = all.find((e) => e.tagName === name)!;
      expect(element.properties[attribute]).toBe(value);
    },
  );
});
