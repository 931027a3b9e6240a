import { describe, expect, it } from 'vitest';
import { tagArguments } from './tag-arguments.ts';

describe('tagArguments', () => {
  it('reads named and positional arguments, their escapes, and where each named value is', () => {
    const tag = '{{< figure src="a \\"b\\".jpg", caption=\'Day one\' x >}}';
    const args = tag.slice(11, -4);
    const read = tagArguments(args, 11);
    expect(read.named.get('src')?.value).toBe('a "b".jpg');
    const caption = read.named.get('caption')!;
    expect(tag.slice(caption.start, caption.end)).toBe('Day one');
    expect(read.positional).toEqual(['x']);
    expect(read).toMatchObject({ whole: true, colon: false });
  });

  it('says when a name took its value with a colon, or something was left unread', () => {
    expect(tagArguments('id: 42').colon).toBe(true);
    expect(tagArguments('src="a.jpg" "open').whole).toBe(false);
  });
});
