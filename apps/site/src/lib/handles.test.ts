import { describe, expect, it } from 'vitest';
import { handleLinks } from './handles.ts';

describe('handleLinks', () => {
  it('links handles written bare or with an @', () => {
    expect(handleLinks({ twitter: '@jpetazzo', github: 'jpetazzo' })).toEqual([
      { label: '@jpetazzo on Twitter', url: 'https://twitter.com/jpetazzo' },
      { label: 'jpetazzo on GitHub', url: 'https://github.com/jpetazzo' },
    ]);
  });

  it('links a handle written as its profile address to that address', () => {
    expect(
      handleLinks({
        twitter: 'https://twitter.com/jpetazzo',
        github: 'github.com/jpetazzo/',
        linkedin: 'https://www.linkedin.com/in/jpetazzo/',
        mastodon: 'https://hachyderm.io/@jpetazzo',
      }),
    ).toEqual([
      { label: '@jpetazzo on Twitter', url: 'https://twitter.com/jpetazzo' },
      { label: 'jpetazzo on GitHub', url: 'https://github.com/jpetazzo/' },
      { label: 'LinkedIn', url: 'https://www.linkedin.com/in/jpetazzo/' },
      { label: '@jpetazzo@hachyderm.io on Mastodon', url: 'https://hachyderm.io/@jpetazzo' },
    ]);
  });

  it('keeps a handle one segment of the profile address, whatever it holds', () => {
    expect(handleLinks({ github: 'a/../../b?c' })[0]?.url).toBe(
      'https://github.com/a%2F..%2F..%2Fb%3Fc',
    );
  });
});
