import { describe, expect, it } from 'vitest';
import { Catalog } from '../schema/catalog.ts';
import { indexCatalog, postYear } from './catalog-index.ts';
import { postsByEvent, postsBySpeaker, postsByTag, postsByYear } from './filters.ts';
import { fixtureCatalog as catalog } from './fixtures/catalog.ts';
import { getEvent, getPost, getSpeaker, getTalk } from './lookups.ts';
import {
  postsOfTalk,
  speakersOfEvent,
  speakersOfPost,
  speakersOfTalk,
  talksOfEvent,
  talksOfPost,
  talksOfSpeaker,
} from './relations.ts';

const ids = (records: readonly { id: string }[]) => records.map((record) => record.id);

describe('lookups', () => {
  it('find each kind of record by id and answer undefined for an unknown one', () => {
    expect(getPost(catalog, 'day-two')?.title).toBe('DockerCon EU 2015 Day Two');
    expect(getTalk(catalog, 'general-session')?.label).toBe('General session');
    expect(getSpeaker(catalog, 'michael-neale')?.affiliation).toBe('CloudBees');
    expect(getEvent(catalog, 'kubecon-2016')?.name).toBe('KubeCon 2016');
    expect(getPost(catalog, '../day-two')).toBeUndefined();
    expect(getTalk(catalog, '__proto__')).toBeUndefined();
  });

  it('build the maps once per catalog object', () => {
    expect(indexCatalog(catalog)).toBe(indexCatalog(catalog));
    const copy = Catalog.parse(structuredClone(catalog));
    expect(indexCatalog(copy)).not.toBe(indexCatalog(catalog));
  });
});

describe('relations', () => {
  it('relate talks and speakers both ways', () => {
    expect(ids(talksOfSpeaker(catalog, 'john-fiedler'))).toEqual(['docker-in-production']);
    expect(ids(speakersOfTalk(catalog, 'stateful-services'))).toEqual(['michael-neale']);
    expect(talksOfSpeaker(catalog, 'kelsey')).toEqual([]);
  });

  it('relate posts and talks through mentions, once each, in catalog order', () => {
    expect(ids(postsOfTalk(catalog, 'stateful-services'))).toEqual(['day-one', 'day-two']);
    expect(ids(talksOfPost(catalog, 'day-one'))).toEqual([
      'docker-in-production',
      'stateful-services',
      'general-session',
    ]);
  });

  it('count a speaker of a mentioned talk among the speakers of a post', () => {
    // day-one names John directly and mentions Michael's talk.
    expect(ids(speakersOfPost(catalog, 'day-one'))).toEqual(['john-fiedler', 'michael-neale']);
    expect(ids(speakersOfPost(catalog, 'kube-notes'))).toEqual(['kelsey']);
  });

  it('relate events to their talks and speakers', () => {
    expect(ids(talksOfEvent(catalog, 'dockercon-eu-2015'))).toHaveLength(3);
    expect(ids(speakersOfEvent(catalog, 'dockercon-eu-2015'))).toEqual([
      'john-fiedler',
      'michael-neale',
    ]);
    expect(speakersOfEvent(catalog, 'kubecon-2016')).toEqual([]);
    expect(talksOfEvent(catalog, 'nope')).toEqual([]);
  });
});

describe('filters', () => {
  it('match tags without regard to case', () => {
    expect(ids(postsByTag(catalog, 'DOCKER'))).toEqual(['day-one', 'day-two']);
    expect(postsByTag(catalog, 'rust')).toEqual([]);
  });

  it('match a tag with an accent however the accent was typed, composed or not', () => {
    const tagged = (tag: string) => ({
      ...catalog,
      posts: catalog.posts.map((p, i) => (i === 0 ? { ...p, tags: [tag] } : p)),
    });
    const composed = 'caf\u00e9';
    const decomposed = 'cafe\u0301';
    expect(ids(postsByTag(tagged(composed), decomposed))).toEqual([catalog.posts[0]!.id]);
    expect(ids(postsByTag(tagged(decomposed), composed))).toEqual([catalog.posts[0]!.id]);
  });

  it('group posts by year of their date, offsets included', () => {
    expect(ids(postsByYear(catalog, 2015))).toEqual(['day-one', 'day-two']);
    expect(postYear({ date: '2015-11-19T08:50:20+01:00' })).toBe(2015);
    expect(postYear({})).toBeUndefined();
  });

  it('find posts about an event by front matter or by the talks they mention', () => {
    // day-two has no event in front matter but mentions a DockerCon talk.
    expect(ids(postsByEvent(catalog, 'dockercon-eu-2015'))).toEqual(['day-one', 'day-two']);
    expect(ids(postsByEvent(catalog, 'kubecon-2016'))).toEqual(['kube-notes']);
  });

  it('find posts naming a speaker directly or through a talk', () => {
    expect(ids(postsBySpeaker(catalog, 'michael-neale'))).toEqual(['day-one', 'day-two']);
  });
});
