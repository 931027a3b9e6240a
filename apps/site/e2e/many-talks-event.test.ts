// An event with more talks than its chart has bars for: the page says which ones it shows.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownSite } from './own-site.ts';

const posts = 30;
const talksPerPost = 4;
// Titles unlike each other, so that no two are read as one talk.
const firsts = ['Scaling', 'Testing', 'Securing', 'Tracing', 'Caching', 'Sharding'];
const seconds = ['queues', 'schedulers', 'registries', 'pipelines', 'ledgers'];
const thirds = ['in production', 'at the edge', 'for startups', 'without downtime'];
const title = (n: number) =>
  `${firsts[n % 6]} ${seconds[Math.floor(n / 6) % 5]} ${thirds[Math.floor(n / 30) % 4]}`;
// A speaker of their own for each talk: talks of one speaker with like titles are read as one.
const givenNames = ['Ada', 'Grace', 'Alan', 'Edsger', 'Barbara', 'Donald', 'Frances', 'John'];
const familyNames = ['Lovelace', 'Hopper', 'Turing', 'Dijkstra', 'Liskov', 'Knuth', 'Allen'];
const speaker = (n: number) => `${givenNames[n % 8]} ${familyNames[Math.floor(n / 8) % 7]}`;

const site = ownSite('many-talks', (content) => {
  mkdirSync(join(content, 'events'), { recursive: true });
  writeFileSync(
    join(content, 'events', 'huge-conf-2016.yaml'),
    'id: huge-conf-2016\nname: Huge Conf 2016\nstart: 2016-04-04\n',
  );
  for (let i = 0; i < posts; i++) {
    const talks = Array.from({ length: talksPerPost }, (_, t) => {
      const n = i * talksPerPost + t;
      return `At Huge Conf 2016, ${speaker(n)} spoke about **${title(n)}**.`;
    });
    writeFileSync(
      join(content, 'posts', `recap-${i}.md`),
      `---\ntitle: Recap ${i}\ndate: 2016-04-${String((i % 28) + 1).padStart(2, '0')}\n---\n\n${talks.join('\n\n')}\n`,
    );
  }
});

describe('the page of an event with more talks than its chart shows', () => {
  it('says how many of its talks the chart shows, where the list of every talk is', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(new URL('/events/huge-conf-2016/', site.server.origin).href);
    const bars = await page.locator('.bar-chart li').count();
    const listed = await page.locator('section[aria-labelledby="talks"] .cards > li').count();
    const section = await page.locator('section[aria-labelledby="coverage"]').innerText();
    await page.close();
    expect(listed).toBeGreaterThan(bars);
    expect(section).toContain(`${bars} of the ${listed} talks`);
  });
});
