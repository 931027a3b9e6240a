import { describe, expect, it } from 'vitest';
import { normalizeTag } from './catalog-index.ts';
import { tagSlug } from './tag-slug.ts';

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

  it('gives tags written in other scripts pages of their own, in their own letters', () => {
    const tags = [
      'コンテナ',
      'セキュリティ',
      'Контейнеры',
      'Безопасность',
      'κοντέινερ',
      '容器',
      'ガバナンス',
    ];
    const slugs = tags.map(tagSlug);
    expect(new Set(slugs).size).toBe(tags.length);
    expect(tagSlug('Контейнеры')).toBe('контейнеры');
    // A kana with its voicing mark stays the one character it was written as.
    expect(tagSlug('ガバナンス')).toBe('ガバナンス');
    expect(tagSlug('Cloud Native 云原生')).toBe('cloud-native-云原生');
  });
});

describe('normalizeTag', () => {
  it("is a tag's id, as the site's tag pages have it, and empty for a blank tag", () => {
    expect(normalizeTag(' Getting Started ')).toBe('getting-started');
    expect(normalizeTag('C#')).toBe('c-sharp');
    expect(normalizeTag('café'.normalize('NFD'))).toBe(normalizeTag('Café'));
    expect(normalizeTag('  ')).toBe('');
  });
});
