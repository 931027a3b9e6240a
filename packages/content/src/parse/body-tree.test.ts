import type { Heading, Image } from 'mdast';
import { describe, expect, it } from 'vitest';
import { bodyTree } from './body-tree.ts';
import { plainText } from './plain-text.ts';

describe('bodyTree', () => {
  it('reads a body as the catalog does: pictures and code of template tags, headings without {#id}', () => {
    const tree = bodyTree(
      '## Reading list {#reading-list}\n\n{% img right /a.png Room %}\n\n{% highlight js %}\nx()\n{% endhighlight %}\n',
    );
    const [heading, picture, code] = tree.children;
    expect(plainText(heading as Heading)).toBe('Reading list');
    expect(heading?.data).toEqual({ hProperties: { id: 'reading-list' } });
    const image = picture?.type === 'paragraph' ? (picture.children[0] as Image) : undefined;
    expect(image).toMatchObject({ type: 'image', url: '/a.png', alt: 'Room' });
    expect(code).toMatchObject({ type: 'code', lang: 'js', value: 'x()' });
    // Where the body has it: the third line.
    expect(picture?.position?.start.line).toBe(3);
  });
});
