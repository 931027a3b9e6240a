import type { PostEntry } from '@confnotes/content/astro';
import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../fixture/catalog.ts';
import { postJsonLd } from './json-ld.ts';

const [first] = fixtureCatalog.posts.map(({ html: _h, body: _b, ...post }) => post);
const post = (over: Partial<PostEntry>): PostEntry => ({ ...first!, ...over });
const site = new URL('https://notes.example/');

describe('postJsonLd', () => {
  it('gives keywords only for a post that has tags', () => {
    expect(postJsonLd(post({ tags: [] }), site)).not.toHaveProperty('keywords');
    expect(postJsonLd(post({ tags: ['docker', 'swarm'] }), site).keywords).toBe('docker, swarm');
  });

  it("names the post's language as a language tag when its front matter gives one", () => {
    expect(postJsonLd(post({ lang: 'de_DE' }), site).inLanguage).toBe('de-DE');
    expect(postJsonLd(post({ lang: undefined }), site)).not.toHaveProperty('inLanguage');
  });

  it('gives the absolute address of the post', () => {
    expect(postJsonLd(post({ id: 'a-post' }), site).url).toBe(
      'https://notes.example/posts/a-post/',
    );
  });
});
