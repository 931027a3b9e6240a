// A post that ends with a rule before its notes, as many blogs write them: the rule and the
// notes' own edge were drawn one under the other, two lines where one sets the notes apart.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownSite } from './own-site.ts';
import { writeArticle } from './write-article.ts';

const site = ownSite('footnotes-rule', (content) => {
  writeArticle(
    join(content, 'posts', 'ruled.md'),
    { title: 'Ruled notes', date: '2025-09-24' },
    'The keynote ran long.[^1]',
    '',
    '---',
    '',
    '[^1]: By twenty minutes.',
    '',
  );
  writeArticle(
    join(content, 'posts', 'plain.md'),
    { title: 'Plain notes', date: '2025-09-25' },
    'The keynote ran long.[^1]',
    '',
    '[^1]: By twenty minutes.',
    '',
  );
});

/** How many lines are drawn between the post's last paragraph and its notes. */
async function rulesBeforeNotes(path: string): Promise<number> {
  const page = await site.browser.context.newPage();
  await page.goto(new URL(path, site.server.origin).href);
  const rules = await page.evaluate(() => {
    const notes = document.querySelector('.prose .footnotes')!;
    const before = notes.previousElementSibling;
    const rule = before?.tagName === 'HR' && before.getBoundingClientRect().height > 0 ? 1 : 0;
    return rule + (Number.parseFloat(getComputedStyle(notes).borderTopWidth) > 0 ? 1 : 0);
  });
  await page.close();
  return rules;
}

describe("the line above a post's notes", () => {
  it('is drawn once when the post puts a rule of its own there', async () => {
    expect(await rulesBeforeNotes('/posts/ruled/')).toBe(1);
  });

  it('is drawn by the notes when the post has no rule', async () => {
    expect(await rulesBeforeNotes('/posts/plain/')).toBe(1);
  });
});
