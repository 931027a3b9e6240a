import { describe, expect, it } from 'vitest';
import { classifyUrl } from './url-kind.ts';

describe('classifyUrl', () => {
  it('reads handles from profile links, old and new', () => {
    expect(classifyUrl('https://twitter.com/scottcjohnston')).toEqual({
      kind: 'twitter',
      handle: 'scottcjohnston',
    });
    expect(classifyUrl('https://twitter.com/#%21/hatofmonkeys')).toEqual({
      kind: 'twitter',
      handle: 'hatofmonkeys',
    });
    expect(classifyUrl('https://x.com/someone')).toEqual({ kind: 'twitter', handle: 'someone' });
    expect(classifyUrl('https://www.linkedin.com/in/mariannatessel')).toEqual({
      kind: 'linkedin',
      handle: 'mariannatessel',
    });
    expect(classifyUrl('https://github.com/di')).toEqual({ kind: 'github', handle: 'di' });
    expect(classifyUrl('https://hachyderm.io/@ann')).toEqual({
      kind: 'mastodon',
      handle: '@ann@hachyderm.io',
    });
    expect(classifyUrl('https://bsky.app/profile/ann.dev')).toEqual({
      kind: 'bluesky',
      handle: 'ann.dev',
    });
  });

  it('does not take repositories, intents or tweets for profiles', () => {
    expect(classifyUrl('https://github.com/docker/notary').kind).toBe('other');
    expect(classifyUrl('https://twitter.com/intent').kind).toBe('other');
    expect(classifyUrl('https://twitter.com/a/status/1').kind).toBe('other');
  });

  it('knows slides and videos', () => {
    expect(classifyUrl('http://de.slideshare.net/Docker/cultural-revolution').kind).toBe('slides');
    expect(classifyUrl('https://speakerdeck.com/a/b').kind).toBe('slides');
    expect(classifyUrl('http://qconlondon.com/dl/slides/Talk.pdf').kind).toBe('slides');
    expect(classifyUrl('https://www.youtube.com/watch?v=8FeNdXzVLEs').kind).toBe('video');
    expect(classifyUrl('https://vimeo.com/123').kind).toBe('video');
    expect(classifyUrl('not a url').kind).toBe('other');
  });
});
