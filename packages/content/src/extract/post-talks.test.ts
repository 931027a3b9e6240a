import { describe, expect, it } from 'vitest';
import type { ExtractedTalk } from './extract-post.ts';
import { PostTalks } from './post-talks.ts';

const talk = (title: string, speakers: string[] = []): ExtractedTalk => ({
  title,
  kind: 'talk',
  speakers,
  links: [],
  takeaways: [],
  mentions: [],
});

describe('PostTalks.sameTitle', () => {
  it('finds a title again, spelled alike, among a few', () => {
    const talks = new PostTalks();
    talks.add(talk('Persistent, stateful services with Docker'));
    talks.add(talk('Docker networking deep dive'));
    expect(talks.sameTitle('Persistent stateful services with docker')?.title).toBe(
      'Persistent, stateful services with Docker',
    );
    expect(talks.sameTitle('Kubernetes at scale')).toBeUndefined();
  });

  it('still finds each title again among thousands that share their words', () => {
    const talks = new PostTalks();
    const titles = Array.from({ length: 3000 }, (_, i) => `Talk number ${i} on containers`);
    for (const title of titles) talks.add(talk(title));
    // Whole, and with a difference of case and punctuation.
    expect(talks.sameTitle('Talk number 1234 on containers')?.title).toBe(titles[1234]);
    expect(talks.sameTitle('talk number 2999, on containers')?.title).toBe(titles[2999]);
  });

  it('finds a title whose every word the post has used too often to search by', () => {
    const talks = new PostTalks();
    talks.add(talk('Docker talk'));
    for (let i = 0; i < 100; i++)
      talks.add(talk(`Docker talk ${String.fromCharCode(97 + (i % 26))}${i}`));
    expect(talks.sameTitle('docker talk')?.title).toBe('Docker talk');
  });
});
