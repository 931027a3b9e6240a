import { describe, expect, it } from 'vitest';
import { isBareTags } from './bare-tags.ts';
import { layoutMarkdown } from './markdown-to-ansi.ts';

const text = (md: string) =>
  layoutMarkdown(md, { width: 60, showUrls: true }).lines.map((l) => l.text);

describe('HTML that only wraps Markdown in a container', () => {
  it('shows the Markdown inside without the tags around it', () => {
    const md = [
      '<div class="note" markdown="1">',
      '',
      'Inside a note.',
      '',
      '</div>',
      '',
      '<details>',
      '<summary>More</summary>',
      '',
      'Hidden body.',
      '',
      '</details>',
    ].join('\n');
    expect(text(md)).toEqual(['Inside a note.', '', 'More', '', 'Hidden body.']);
  });

  it('keeps a tag that points somewhere, and text written between tags', () => {
    expect(isBareTags('<iframe src="https://www.youtube.com/embed/abc"></iframe>')).toBe(false);
    expect(isBareTags('<span>a word</span>')).toBe(false);
    expect(isBareTags('</div></div>')).toBe(true);
    expect(isBareTags('a < b and c > d')).toBe(false);
  });
});
