// Pictures with captions and code, as recaps write them, drawn to fit a phone's column.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrast } from './contrast.ts';
import { ownSite } from './own-site.ts';
import { writeArticle } from './write-article.ts';

const site = ownSite('prose-blocks', (content) => {
  writeArticle(
    join(content, 'posts', 'venue.md'),
    { title: 'The venue', date: '2025-09-24' },
    'The conference took place at the convention centre, with `go vet` on every laptop.[^1]',
    '',
    '![The keynote stage](/pictures/missing.jpg)',
    '',
    '<figure>',
    '<img src="https://example.com/venue.jpg" alt="The centre from the sky" width="1200" height="800" />',
    '<figcaption>Source: example.com</figcaption>',
    '</figure>',
    '',
    '```go',
    'func run() {',
    '\tfor {',
    '\t\tif done() {',
    '\t\t\treturn',
    '\t\t}',
    '\t}',
    '}',
    '```',
    '',
    '| Talk | Room | Time |',
    '| :--- | :--: | ---: |',
    '| Keynote | A | 9:00 |',
    '',
    '- [x] see the keynote',
    '- [ ] see the closing talk',
    '',
    '[^1]: Except mine.',
    '',
  );
});

describe("a post's pictures, code, task lists and notes", () => {
  it("aligns a table's columns as the Markdown says", async () => {
    const page = await site.browser.context.newPage();
    await page.goto(new URL('/posts/venue/', site.server.origin).href);
    const aligned = await page
      .locator('.prose td')
      .evaluateAll((cells) => cells.map((cell) => getComputedStyle(cell).textAlign));
    await page.close();
    expect(aligned).toEqual(['left', 'center', 'right']);
  });

  it('gives a figure the whole column and draws its caption apart from the text', async () => {
    const page = await site.browser.context.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(new URL('/posts/venue/', site.server.origin).href);
    const sizes = await page.evaluate(() => {
      const prose = document.querySelector('.prose')!;
      const figure = prose.querySelector('figure')!;
      const caption = prose.querySelector('figcaption')!;
      const text = prose.querySelector('p')!;
      return {
        column: prose.getBoundingClientRect().width,
        figure: figure.getBoundingClientRect().width,
        captionColour: getComputedStyle(caption).color,
        textColour: getComputedStyle(text).color,
      };
    });
    await page.close();
    expect(sizes.figure).toBe(sizes.column);
    expect(sizes.captionColour).not.toBe(sizes.textColour);
  });

  it('draws code smaller than its sentence and a tab four spaces wide', async () => {
    const page = await site.browser.context.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(new URL('/posts/venue/', site.server.origin).href);
    const sizes = await page.evaluate(() => {
      const px = (el: Element) => Number.parseFloat(getComputedStyle(el).fontSize);
      const inline = document.querySelector('.prose p code')!;
      const block = document.querySelector('.prose pre')!;
      // The line indented with three tabs, beside one indented with twelve spaces.
      const probe = document.createElement('span');
      block.querySelector('code')!.append('\n', probe);
      probe.textContent = ' '.repeat(12);
      const spaces = probe.getBoundingClientRect().width;
      probe.textContent = '\t\t\t';
      return {
        inline: px(inline),
        sentence: px(inline.parentElement!),
        spaces,
        tabs: probe.getBoundingClientRect().width,
      };
    });
    await page.close();
    expect(sizes.inline).toBeLessThan(sizes.sentence);
    expect(sizes.tabs).toBeCloseTo(sizes.spaces, 0);
  });

  it('draws a task list with its checkboxes alone and sets the notes apart from the last section', async () => {
    const page = await site.browser.context.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(new URL('/posts/venue/', site.server.origin).href);
    const styles = await page.evaluate(() => {
      const task = document.querySelector('.prose .task-list-item')!;
      const notes = document.querySelector('.prose .footnotes')!;
      return {
        taskMarker: getComputedStyle(task).listStyleType,
        notesEdge: Number.parseFloat(getComputedStyle(notes).borderTopWidth),
      };
    });
    await page.close();
    expect(styles.taskMarker).toBe('none');
    expect(styles.notesEdge).toBeGreaterThan(0);
  });

  it("sets a picture's description apart from the text when the picture cannot be loaded", async () => {
    const page = await site.browser.context.newPage();
    await page.goto(new URL('/posts/venue/', site.server.origin).href);
    const styles = await page.evaluate(() => {
      const img = document.querySelector('.prose img[alt="The keynote stage"]')!;
      const text = document.querySelector('.prose p')!;
      return {
        loaded: (img as HTMLImageElement).naturalWidth > 0,
        alt: [getComputedStyle(img).fontStyle, getComputedStyle(img).color],
        text: [getComputedStyle(text).fontStyle, getComputedStyle(text).color],
      };
    });
    await page.close();
    expect(styles.loaded).toBe(false);
    expect(styles.alt[0]).toBe('italic');
    expect(styles.alt[1]).not.toBe(styles.text[1]);
  });

  it("colours a code block's tokens, each readable on the block in either theme, and keeps its text", async () => {
    const page = await site.browser.context.newPage();
    await page.goto(new URL('/posts/venue/', site.server.origin).href);
    const code = page.locator('.prose pre code');
    expect(await code.innerText()).toBe(
      'func run() {\n\tfor {\n\t\tif done() {\n\t\t\treturn\n\t\t}\n\t}\n}\n',
    );
    expect(await code.locator('.hljs-keyword').allTextContents()).toEqual([
      'func',
      'for',
      'if',
      'return',
    ]);
    const colours = () =>
      page.locator('.prose pre').evaluate((pre) => ({
        background: getComputedStyle(pre).backgroundColor,
        text: getComputedStyle(pre).color,
        keyword: getComputedStyle(pre.querySelector('.hljs-keyword')!).color,
        tokens: [...pre.querySelectorAll('[class^="hljs-"]')].map((t) => getComputedStyle(t).color),
      }));
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const { background, text, keyword, tokens } = await colours();
      expect(keyword, scheme).not.toBe(text);
      for (const colour of tokens)
        expect(contrast(colour, background), scheme).toBeGreaterThanOrEqual(4.5);
    }
    await page.close();
  });
});
