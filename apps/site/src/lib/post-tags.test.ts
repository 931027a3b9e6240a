import { describe, expect, it } from 'vitest';
import { postTags } from './post-tags.ts';

describe('postTags', () => {
  it('keeps one tag per page, in the spelling the post gives first', () => {
    expect(postTags(['Docker', 'security', 'docker', 'Cloud Native', 'cloud-native'])).toEqual([
      'Docker',
      'security',
      'Cloud Native',
    ]);
  });
});
