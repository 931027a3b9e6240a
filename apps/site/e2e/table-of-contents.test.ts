// A post's table of contents shows its outline: a subsection in the list of its section.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownSite } from './own-site.ts';

const words = 'The session covered containers, schedulers and the networks between them. '.repeat(
  40,
);
const outline = [
  '## Day one',
  '### Keynote',
  '### Workshops',
  '#### Morning',
  '## Day two',
  '### Closing',
];

const site = ownSite('toc', (content) =>
  writeFileSync(
    join(content, 'posts', 'two-days.md'),
    `---\ntitle: Two days\ndate: 2016-03-03\n---\n\n${outline.map((h) => `${h}\n\n${words}\n`).join('\n')}`,
  ),
);

describe("a post's table of contents", () => {
  it('lists each heading as deep as it is in the post, under the section it is in', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(new URL('/posts/two-days/', site.server.origin).href);
    const links = await page.locator('nav.toc a').evaluateAll((anchors) =>
      anchors.map((a) => {
        const heading = document.getElementById(a.getAttribute('href')!.slice(1))!;
        // How many lists the link is in, and how far the heading it leads to is below h1.
        let lists = 0;
        for (let el = a.parentElement; el && el.tagName !== 'NAV'; el = el.parentElement) {
          if (el.tagName === 'OL') lists++;
        }
        const parent = a.parentElement!.parentElement!.closest('li')?.querySelector(':scope > a');
        return {
          text: a.textContent,
          lists,
          below: Number(heading.tagName.slice(1)) - 1,
          under: parent?.textContent ?? null,
        };
      }),
    );
    expect(links.map((l) => l.text)).toEqual(outline.map((h) => h.replace(/^#+ /, '')));
    for (const link of links) expect(link.lists, link.text!).toBe(link.below);
    expect(links.find((l) => l.text === 'Morning')?.under).toBe('Workshops');
    expect(links.find((l) => l.text === 'Closing')?.under).toBe('Day two');
    await page.close();
  });
});
