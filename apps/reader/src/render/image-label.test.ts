import { bodyTree } from '@confnotes/content/markdown';
import { describe, expect, it } from 'vitest';
import { layoutTree } from './markdown-to-ansi.ts';

// Laid out as an article's body is, other engines' template tags read as images.
const text = (md: string) => layoutTree(bodyTree(md), { width: 60 }).lines.map((l) => l.text);

describe('an image without alt text', () => {
  it('is named by its title, else by the name of its file', () => {
    expect(text('![](/images/stage.png "The stage at night")')).toEqual([
      '[image: The stage at night]',
    ]);
    expect(text('![](http://qconlondon.com/dl/photos/speakers/Dan%20North.jpg?s=1)')).toEqual([
      '[image: Dan North.jpg]',
    ]);
    expect(text('{% img img-thumbnail http://example.com/photos/patrick_debois.gif %}')).toEqual([
      '[image: patrick_debois.gif]',
    ]);
  });

  it('is untitled when its address names no file', () => {
    expect(text('![](https://)')).toEqual(['[image: untitled]']);
    expect(text('![]()')).toEqual(['[image: untitled]']);
  });
});
