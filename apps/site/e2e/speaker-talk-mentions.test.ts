// A speaker's page links each post to the paragraphs that mention them. A post that mentions
// only their talk, by its title, does not name them there: the link must say so.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownSite } from './own-site.ts';
import { writeArticle } from './write-article.ts';

const site = ownSite('speaker-talk-mentions', (content) => {
  const post = (file: string, title: string, date: string, ...paragraphs: string[]) =>
    writeArticle(
      join(content, 'posts', file),
      { title, date },
      ...paragraphs.flatMap((p) => [p, '']),
    );
  post(
    'day-one.md',
    'Day one',
    '2025-05-01',
    'Ada Lovelace talked about **Engines of Tomorrow**, with a live demo.',
  );
  post(
    'day-two.md',
    'Day two notes',
    '2025-05-02',
    'The hallway was busy.',
    'Here to mention the presentation "Engines of Tomorrow", which I want to see again.',
  );
});

describe("the paragraphs a speaker's page links each post to", () => {
  it('say "mentioned in" where the post names them, and name the talk where it only names the talk', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(new URL('/speakers/ada-lovelace/', site.server.origin).href);
    const lines = await page
      .locator('main section[aria-labelledby="posts"] li')
      .evaluateAll((items) =>
        items.map((li) => (li as HTMLElement).innerText.replace(/\s+/g, ' ').trim()),
      );
    await page.close();
    const named = lines.find((l) => l.startsWith('Day one'))!;
    const talkOnly = lines.find((l) => l.startsWith('Day two notes'))!;
    expect(named).toContain('mentioned in ¶ 1');
    expect(talkOnly).toContain('a talk of theirs in ¶ 2');
    expect(talkOnly).not.toContain('mentioned in');
  });
});
