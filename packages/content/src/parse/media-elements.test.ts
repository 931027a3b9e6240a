import { describe, expect, it } from 'vitest';
import { bodyTree } from './body-tree.ts';
import { parseMarkdown } from './mdast.ts';
import { recordingSpans } from './media-elements.ts';
import { parseArticle } from './parse-article.ts';

const parse = (body: string) => parseArticle(`---\ntitle: T\n---\n${body}\n`, 'posts/a.md');
const spans = (body: string) => recordingSpans(body, parseMarkdown(body));

describe('a <video> or <audio> written in Markdown', () => {
  it('becomes a link to the recording, its fallback gone and no empty paragraph left', () => {
    const { post } = parse(
      'Watch it:\n\n<video controls src="https://example.com/talk.mp4">Your browser does not support video.</video>\n\n<audio controls src="https://example.com/a.mp3"></audio>\n\nEnd.',
    );
    expect(post!.html).toBe(
      '<p id="p-1">Watch it:</p>\n<p id="p-2"><a href="https://example.com/talk.mp4">Video on example.com</a></p>\n<p id="p-3"><a href="https://example.com/a.mp3">Audio on example.com</a></p>\n<p id="p-4">End.</p>',
    );
    expect(post!.text).not.toContain('does not support');
    expect(post!.links.map((l) => [l.url, l.line, l.column])).toEqual([
      ['https://example.com/talk.mp4', 6, 1],
      ['https://example.com/a.mp3', 8, 1],
    ]);
  });

  it('takes the address of a <source> child, and is named by its title', () => {
    const { post } = parse(
      '<video controls title="The keynote">\n  <source src="javascript:alert(1)">\n  <source src="https://example.com/k.webm" type="video/webm">\n  Get a better browser.\n</video>\n\nAfter.',
    );
    expect(post!.html).toBe(
      '<p id="p-1"><a href="https://example.com/k.webm">The keynote</a></p>\n<p id="p-2">After.</p>',
    );
    expect(post!.text).toBe('The keynote\n\nAfter.');
  });

  it('keeps a sentence around it, and the place of every word after it', () => {
    const body = 'See <video src="https://example.com/a.mp4">old browser</video> by Ann Lee.';
    const { post, tree } = parse(body);
    // The spaces the element's other characters were written as collapse on the page.
    expect(post!.html).toMatch(
      /^<p id="p-1">See <a href="https:\/\/example\.com\/a\.mp4">Video on example\.com<\/a> +by Ann Lee\.<\/p>$/,
    );
    const para = tree!.children[0];
    const last = para?.type === 'paragraph' ? para.children.at(-1) : undefined;
    expect(last?.type === 'text' && last.value.trim()).toBe('by Ann Lee.');
    const column = last!.position!.start.column + (last as { value: string }).value.search(/\S/);
    expect(column).toBe(body.indexOf('by Ann') + 1);
  });

  it('inside a larger block of HTML becomes a link there, its fallback out of the text', () => {
    const { post } = parse(
      '<div class="video">\n<video src="https://example.com/a.mp4"><p>No video here.</p></video>\n</div>\n\nEnd.',
    );
    expect(post!.html).toContain('<a href="https://example.com/a.mp4">Video on example.com</a>');
    expect(post!.html).not.toMatch(/No video|<video/);
    expect(post!.text).toBe('End.');
  });

  it('never links a recording with no web address, nor shows its fallback', () => {
    const { post } = parse(
      '<video src="javascript:alert(1)">Fallback one.</video>\n\nA <audio src="data:audio/wav,x">Fallback two.</audio> b\n\n<div><video src="javascript:alert(2)">Fallback three.</video></div>',
    );
    expect(post!.html).not.toMatch(/javascript|data:|<a |<video|<audio|Fallback/);
    expect(spans('<video src="javascript:alert(1)"></video>')).toEqual([]);
  });

  it('reads an unclosed element as far as its paragraph, and many openers in linear time', () => {
    expect(spans('A <video src="https://e.com/a.mp4"> b').map((s) => s.value)).toEqual([
      '<video src="https://e.com/a.mp4">',
    ]);
    const many = `A ${'<video src="https://e.com/a.mp4"> '.repeat(20000)}`;
    expect(spans(many)).toHaveLength(20000);
  });

  it('leaves code alone', () => {
    expect(
      spans(
        '`<video src="https://e.com/a.mp4"></video>`\n\n    <video src="https://e.com/a.mp4"></video>',
      ),
    ).toEqual([]);
  });
});

describe('bodyTree', () => {
  it('reads a recording as its link too, for code that lays the body out itself', () => {
    const tree = bodyTree('<audio src="https://example.com/a.mp3">No audio.</audio>\n');
    const para = tree.children[0];
    expect(para?.type === 'paragraph' && para.children[0]?.type).toBe('link');
  });
});
