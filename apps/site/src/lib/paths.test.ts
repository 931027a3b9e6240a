import { describe, expect, it } from 'vitest';
import { tagSlug } from './paths.ts';

describe('tagSlug', () => {
  it('gives tags that differ only in case, accents or spacing one page', () => {
    expect(tagSlug('Docker')).toBe('docker');
    expect(tagSlug('Cloud Native')).toBe(tagSlug('cloud-native'));
    expect(tagSlug('Sécurité')).toBe('securite');
  });

  it('keeps languages apart that differ by a sign', () => {
    const slugs = ['C', 'C++', 'C#', 'F#', '.NET', 'NET'].map(tagSlug);
    expect(slugs).toEqual(['c', 'c-plus-plus', 'c-sharp', 'f-sharp', 'dot-net', 'net']);
  });

  it('keeps a dot inside a tag a separator, and gives a tag of signs alone a page', () => {
    expect(tagSlug('node.js')).toBe('node-js');
    expect(tagSlug('!!!')).toBe('tag');
  });
});
