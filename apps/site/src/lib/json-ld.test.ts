import type { Event } from '@confnotes/content';
import type { PostEntry } from '@confnotes/content/astro';
import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../fixture/catalog.ts';
import { eventJsonLd, postJsonLd, speakerJsonLd, talkJsonLd } from './json-ld.ts';
import { relate } from './relations.ts';

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

  it('names every author of a post written by several', () => {
    const two = post({
      author: { name: 'Ann One' },
      authors: [{ name: 'Ann One' }, { name: 'Bob Two' }],
    });
    expect(postJsonLd(two, site).author).toEqual([
      { '@type': 'Person', name: 'Ann One' },
      { '@type': 'Person', name: 'Bob Two' },
    ]);
    expect(postJsonLd(post({ author: { name: 'Ann One' } }), site).author).toEqual({
      '@type': 'Person',
      name: 'Ann One',
    });
  });

  it('gives the picture link previews show, and none when there is none', () => {
    const image = 'https://notes.example/posts/a/stage.jpg';
    expect(postJsonLd(post({}), site, undefined, image).image).toBe(image);
    expect(postJsonLd(post({}), site)).not.toHaveProperty('image');
  });

  it('gives the day a post was changed after it was published', () => {
    expect(postJsonLd(post({ updated: '2016-04-05' }), site).dateModified).toBe('2016-04-05');
    expect(postJsonLd(post({ updated: undefined }), site)).not.toHaveProperty('dateModified');
  });

  it('says which event the post is about, by its name and address, and none when it names none', () => {
    const event: Event = { id: 'qcon-2024', name: 'QCon London 2024', origin: 'curated' };
    expect(postJsonLd(post({ event: 'qcon-2024' }), site, event).about).toEqual({
      '@type': 'Event',
      name: 'QCon London 2024',
      url: 'https://notes.example/events/qcon-2024/',
    });
    expect(postJsonLd(post({ event: undefined }), site)).not.toHaveProperty('about');
  });

  it('gives the absolute address of the post', () => {
    expect(postJsonLd(post({ id: 'a-post' }), site).url).toBe(
      'https://notes.example/posts/a-post/',
    );
  });
});

describe('eventJsonLd', () => {
  const data = relate({
    posts: fixtureCatalog.posts.map(({ html: _h, body: _b, ...p }) => p),
    talks: fixtureCatalog.talks,
    speakers: fixtureCatalog.speakers,
    events: fixtureCatalog.events,
  });
  const event = fixtureCatalog.events[0]!;

  it("lists the event's talks as sub-events on the event's own page", () => {
    const ld = eventJsonLd(event, data, site);
    expect((ld.subEvent as unknown[]).length).toBe(
      fixtureCatalog.talks.filter((t) => t.event === event.id).length,
    );
  });

  it('leaves the talks out where a page lists events, as an event can have hundreds', () => {
    const ld = eventJsonLd(event, data, site, { talks: false });
    expect(ld).not.toHaveProperty('subEvent');
    expect(ld.url).toBe(`https://notes.example/events/${event.id}/`);
  });

  it('gives an event no post reports a talk of no sub-events, rather than an empty list of them', () => {
    const ahead: Event = { ...event, id: 'ahead-2031', name: 'Ahead 2031' };
    expect(eventJsonLd(ahead, data, site)).not.toHaveProperty('subEvent');
  });
});

describe('talkJsonLd', () => {
  it("names the talk's event by its address as well as its name", () => {
    const data = relate({
      posts: fixtureCatalog.posts.map(({ html: _h, body: _b, ...p }) => p),
      talks: fixtureCatalog.talks,
      speakers: fixtureCatalog.speakers,
      events: fixtureCatalog.events,
    });
    const talk = fixtureCatalog.talks.find((t) => t.event)!;
    expect(talkJsonLd(talk, data, site).superEvent).toEqual({
      '@type': 'Event',
      name: data.event.get(talk.event!)!.name,
      url: `https://notes.example/events/${talk.event}/`,
    });
  });
});

describe('a talk without a known speaker', () => {
  it('has no performer, rather than an empty list of them', () => {
    const talk = { ...fixtureCatalog.talks[0]!, speakers: [] };
    const data = relate({
      posts: fixtureCatalog.posts.map(({ html: _h, body: _b, ...p }) => p),
      talks: [talk],
      speakers: fixtureCatalog.speakers,
      events: fixtureCatalog.events,
    });
    expect(talkJsonLd(talk, data, site)).not.toHaveProperty('performer');
    const withOne = { ...talk, speakers: [fixtureCatalog.speakers[0]!.id] };
    expect(talkJsonLd(withOne, data, site).performer).toHaveLength(1);
  });
});

describe("a talk's place and day", () => {
  const talk = fixtureCatalog.talks.find((t) => t.event)!;
  const base = fixtureCatalog.events.find((e) => e.id === talk.event)!;
  const withEvent = (event: Event) =>
    relate({
      posts: fixtureCatalog.posts.map(({ html: _h, body: _b, ...p }) => p),
      talks: fixtureCatalog.talks,
      speakers: fixtureCatalog.speakers,
      events: fixtureCatalog.events.map((e) => (e.id === event.id ? event : e)),
    });

  it("gives the event's place as the talk's location", () => {
    const ld = talkJsonLd(talk, withEvent({ ...base, location: 'Barcelona, Spain' }), site);
    expect(ld.location).toEqual({ '@type': 'Place', name: 'Barcelona, Spain' });
    const nowhere = talkJsonLd(talk, withEvent({ ...base, location: undefined }), site);
    expect(nowhere).not.toHaveProperty('location');
  });

  it("dates the talk by the event's day only when the event lasted one day", () => {
    const oneDay = { ...base, start: '2015-11-16', end: '2015-11-16' };
    expect(talkJsonLd(talk, withEvent(oneDay), site).startDate).toBe('2015-11-16');
    const twoDays = { ...base, start: '2015-11-16', end: '2015-11-17' };
    expect(talkJsonLd(talk, withEvent(twoDays), site)).not.toHaveProperty('startDate');
  });
});

describe('speakerJsonLd', () => {
  it('gives the profiles the page links to as sameAs, and none for a speaker without any', () => {
    const speaker = fixtureCatalog.speakers[0]!;
    const linked = {
      ...speaker,
      handles: { twitter: '@janedoe', github: 'https://github.com/jd' },
    };
    expect(speakerJsonLd(linked, site).sameAs).toEqual([
      'https://twitter.com/janedoe',
      'https://github.com/jd',
    ]);
    expect(speakerJsonLd({ ...speaker, handles: {} }, site)).not.toHaveProperty('sameAs');
  });
});
