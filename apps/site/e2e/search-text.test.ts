// A hit whose index snippet shows no searched word takes its passage from its page's marked
// text (`data-search-text`): that text must be what the index was made from, or the passage
// shows the page's labels and counts, marked where the index found nothing.
import { type Catalog, searchDocuments } from '@confnotes/content';
import { loadCatalog } from '@confnotes/content/node';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { speakerPath, talkPath } from '../src/lib/paths.ts';
import { useBuiltSite } from './built-site.ts';

const site = useBuiltSite();
let catalog: Catalog;

beforeAll(async () => {
  ({ catalog } = await loadCatalog(inject('contentDir')));
});

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** The words of a page's marked text that its record's search document does not hold. */
async function strayWords(path: string, documentText: string): Promise<string[]> {
  const page = await site.browser.context.newPage();
  await page.goto(new URL(path, site.server.origin).href);
  const marked = await page
    .locator('[data-search-text]')
    .evaluateAll((elements) => elements.map((el) => (el as HTMLElement).innerText).join(' '));
  await page.close();
  const known = new Set(words(documentText));
  return [...new Set(words(marked).filter((word) => !known.has(word)))];
}

describe('the text a page marks for search snippets', () => {
  it("is, on a speaker's or a talk's page, only the text the index holds for them", async () => {
    const documents = searchDocuments(catalog);
    const checked = documents.filter((doc) => doc.type !== 'post');
    expect(checked.some((doc) => doc.type === 'speaker' && doc.text !== '')).toBe(true);
    for (const doc of checked) {
      const path = doc.type === 'speaker' ? speakerPath(doc.id) : talkPath(doc.id);
      expect(await strayWords(path, doc.text), path).toEqual([]);
    }
  });
});
