import { describe, expect, it } from 'vitest';
import { tagParts } from './template-tag-parts.ts';

describe('tagParts', () => {
  it("gives the name and arguments of each engine's tags, closing ones too", () => {
    expect(tagParts('{% img right /a.png %}')).toEqual({ name: 'img', args: 'right /a.png' });
    expect(tagParts('{%- Highlight ruby -%}')).toEqual({ name: 'highlight', args: 'ruby' });
    expect(tagParts('{{< figure src="a.jpg" >}}')).toEqual({ name: 'figure', args: 'src="a.jpg"' });
    expect(tagParts('{{% youtube abc %}}')).toEqual({ name: 'youtube', args: 'abc' });
    expect(tagParts('{{ fig(src="a.jpg", alt="b") }}')).toEqual({
      name: 'fig',
      args: 'src="a.jpg", alt="b"',
    });
    expect(tagParts('{{< / highlight >}}')).toEqual({ name: '/highlight', args: '' });
    expect(tagParts('{% endraw %}')).toEqual({ name: 'endraw', args: '' });
  });

  it('gives nothing for a tag no name opens', () => {
    expect(tagParts('{{ 1 + 2 }}')).toBeUndefined();
    expect(tagParts('{% %}')).toBeUndefined();
  });
});
