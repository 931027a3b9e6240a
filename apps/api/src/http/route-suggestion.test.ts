import { describe, expect, it } from 'vitest';
import { harness, type Json } from '../../test/harness.ts';
import { routeSuggestion } from './route-suggestion.ts';

describe('routeSuggestion', () => {
  it('gives the list of a resource named in the singular, or under a version', () => {
    expect(routeSuggestion('/api/talk')).toBe('/api/talks');
    expect(routeSuggestion('/api/speaker/ann-lee')).toBe('/api/speakers/ann-lee');
    expect(routeSuggestion('/api/v1/posts')).toBe('/api/posts');
    expect(routeSuggestion('/api/v2/event/kubecon-2016')).toBe('/api/events/kubecon-2016');
  });

  it("gives the detail a record's slug names, as Ghost's paths ask", () => {
    expect(routeSuggestion('/api/posts/slug/day-two')).toBe('/api/posts/day-two');
    expect(routeSuggestion('/api/tags/slug/docker')).toBe('/api/posts?tag=docker');
  });

  it("gives a list's filter for a record's related records, as pretalx's paths ask", () => {
    expect(routeSuggestion('/api/events/kubecon-2016/talks')).toBe('/api/talks?event=kubecon-2016');
    expect(routeSuggestion('/api/speakers/ann-lee/posts')).toBe('/api/posts?speaker=ann-lee');
    expect(routeSuggestion('/api/tags/docker/posts')).toBe('/api/posts?tag=docker');
    expect(routeSuggestion('/api/tag/cloud-native')).toBe('/api/posts?tag=cloud-native');
    expect(routeSuggestion('/api/events/a%20b%26c/talks')).toBe('/api/talks?event=a%20b%26c');
    expect(routeSuggestion('/api/posts/a%2Fb/talks')).toBe('/api/posts/a%2Fb?include=talks');
    expect(routeSuggestion('/api/talks/stateful/speakers')).toBe(
      '/api/talks/stateful?include=speakers',
    );
  });

  it('gives nothing where it cannot tell', () => {
    for (const path of ['/api/nothing', '/api/posts/a/b/c', '/api/talks/x/tags', '/healthz/x'])
      expect({ path, suggestion: routeSuggestion(path) }).toEqual({ path, suggestion: undefined });
  });
});

describe('a path no route answers', () => {
  it('is a 404 that names the route likely meant', async () => {
    const { app } = await harness();
    const get = async (path: string) => {
      const res = await app.request(path);
      return { status: res.status, body: (await res.json()) as Json };
    };
    const { status, body } = await get('/api/events/dockercon-eu-2015/talks');
    expect(status).toBe(404);
    expect(body.error).toMatchObject({
      code: 'route_not_found',
      details: { suggestion: '/api/talks?event=dockercon-eu-2015' },
    });
    expect(body.error.message).toContain('/api/talks?event=dockercon-eu-2015');
    expect((await get('/api/nothing')).body.error.details).toEqual({ path: '/api/nothing' });
  });
});
