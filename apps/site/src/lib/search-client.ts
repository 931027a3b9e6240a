// The search page's island: loads the core's index file and lists typed hits, with the
// matched words marked. Text is inserted as text nodes, never as HTML.
import {
  type Highlight,
  loadSearchIndex,
  type SearchHit,
  type SearchIndex,
} from '@confnotes/content/search';
import { hitContext } from './hit-context.ts';
import { htmlLang } from './lang.ts';
import { pageTexts } from './page-text.ts';
import { postPath, sitePath, speakerPath, talkPath } from './paths.ts';
import { searchStatus } from './search-status.ts';
import { textDir } from './text-dir.ts';

const pathOf = { post: postPath, talk: talkPath, speaker: speakerPath } as const;

/**
 * Hits whose snippet is made again from their page's whole text, at most: those a reader sees
 * first. Each costs a page's download, and hits further down keep the opening of their text.
 */
const WHOLE_TEXT_SNIPPETS = 10;
const labelOf = { post: 'Post', talk: 'Talk', speaker: 'Speaker' } as const;

function marked(text: string, highlights: readonly Highlight[]): Node[] {
  const nodes: Node[] = [];
  let at = 0;
  for (const h of highlights) {
    if (h.start > at) nodes.push(document.createTextNode(text.slice(at, h.start)));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(h.start, h.end);
    nodes.push(mark);
    at = h.end;
  }
  nodes.push(document.createTextNode(text.slice(at)));
  return nodes;
}

export async function search(): Promise<void> {
  const input = document.querySelector<HTMLInputElement>('#q')!;
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const list = document.querySelector<HTMLOListElement>('#search-results')!;
  // The header's search box, which sent the reader here, keeps what they typed in it.
  const header = document.querySelector<HTMLInputElement>('#siteQuery');
  const query = new URLSearchParams(location.search).get('q') ?? '';
  input.value = query;
  if (header) header.value = query;
  // One load shared by every query typed while it runs: the index of a large site is megabytes,
  // and a load per keystroke would also let an earlier query's results land after later ones.
  let index: Promise<SearchIndex> | undefined;
  let latest = 0;
  const textOf = pageTexts();
  // Every search would otherwise share one title in the history list, in tabs and in bookmarks.
  const pageTitle = document.title;
  const show = async (q: string) => {
    const turn = ++latest;
    document.title = q.trim() === '' ? pageTitle : `“${q.trim()}” · ${pageTitle}`;
    if (q.trim() === '') {
      status.textContent = 'Type a name, a title or a word.';
      list.replaceChildren();
      list.hidden = true;
      return;
    }
    status.textContent = 'Searching…';
    index ??= fetch(sitePath('/search-index.json'))
      .then((response) => response.json())
      .then(loadSearchIndex);
    let loaded: SearchIndex;
    try {
      loaded = await index;
    } catch {
      // A failed load is not kept: the next query tries again.
      index = undefined;
      if (turn === latest) status.textContent = 'The search index could not be loaded. Try again.';
      return;
    }
    // The reader typed on while the index loaded: the newer query shows its own results.
    if (turn !== latest) return;
    const { total, hits, ignored } = loaded.search(q, { limit: 50 });
    status.textContent = searchStatus(q, total, hits.length, ignored);
    // A list of no hits is announced as a list of no items, after the status has said so.
    list.hidden = hits.length === 0;
    const snippets: [SearchHit, HTMLParagraphElement][] = [];
    list.replaceChildren(
      ...hits.map((hit) => {
        const li = document.createElement('li');
        li.dataset.type = hit.type;
        const kind = document.createElement('span');
        kind.className = 'kind';
        kind.textContent = labelOf[hit.type];
        const link = document.createElement('a');
        link.href = pathOf[hit.type](hit.id);
        link.append(...marked(hit.title, hit.titleHighlights));
        const snippet = document.createElement('p');
        snippet.className = 'muted';
        snippet.append(...marked(hit.snippet.text, hit.snippet.highlights));
        // A post's title and text in its own language and direction, as every other list has
        // them; the kind label stays the page's.
        const lang = htmlLang(hit.lang);
        for (const own of [link, snippet]) {
          if (lang) own.lang = lang;
          if (textDir(hit.lang)) own.dir = 'rtl';
        }
        snippets.push([hit, snippet]);
        li.append(kind, ' ', link);
        // Talks of one title at two events, or people of one name, read apart by it.
        if (hit.context) {
          const context = document.createElement('span');
          context.className = 'hit-context muted';
          context.textContent = hitContext(hit.type, hit.context);
          li.append(' ', context);
        }
        li.append(snippet);
        return li;
      }),
    );
    // The index keeps only the opening of each record: a hit whose words are further on (or in
    // its title alone) shows no marked word. Its page has the whole text, and the passage. Not
    // awaited: the list is there already, and Back's return to its place need not wait for it.
    const unmarked = snippets.filter(([hit]) => hit.snippet.highlights.length === 0);
    void Promise.all(
      unmarked.slice(0, WHOLE_TEXT_SNIPPETS).map(async ([hit, snippet]) => {
        const text = await textOf(pathOf[hit.type](hit.id));
        if (text === undefined || turn !== latest) return;
        const whole = loaded.snippet(q, text);
        if (whole.highlights.length > 0)
          snippet.replaceChildren(...marked(whole.text, whole.highlights));
      }),
    );
  };
  input.addEventListener('input', () => {
    if (header) header.value = input.value;
    // An emptied box leaves the page's own address, not one ending in a bare `?`.
    history.replaceState(
      null,
      '',
      input.value ? `?q=${encodeURIComponent(input.value)}` : location.pathname,
    );
    void show(input.value);
  });
  // Results follow the typing already: Enter would only load the page, and its index, again.
  input.form?.addEventListener('submit', (event) => {
    event.preventDefault();
    void show(input.value);
  });
  // The browser puts a page reached by Back where it was before the results are back, when the
  // page is still too short to scroll there: the page keeps its place and goes back to it.
  history.scrollRestoration = 'manual';
  addEventListener('pagehide', () => history.replaceState({ scrollY: window.scrollY }, ''));
  const { scrollY } = (history.state ?? {}) as { scrollY?: number };
  await show(query);
  if (typeof scrollY === 'number') window.scrollTo(0, scrollY);
}
