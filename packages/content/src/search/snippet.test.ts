import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeSnippet } from './snippet.ts';
import { tokenSpans } from './tokenize.ts';

const english = 'Hello world. Then we go home and rest for a while, as the day was long.';

// Texts of several scripts: with spaces, without (Chinese, Japanese, Thai), with combining marks
// (Hindi, a decomposed accent) and with characters of two code units (emoji, a rare ideograph).
const texts = [
  english,
  'He said: “containers are the future” (and we believed him). — Then, at last, we went home!',
  '我们今天去了大会。会议非常精彩，讲者们讨论了容器和编排的未来。我们学到了很多东西，下次还会再来参加这个会议。',
  '日本語のテキストです。東京で開催されたカンファレンスに参加しました。とても楽しかったです。',
  'ภาษาไทยเป็นภาษาที่ไม่มีช่องว่างระหว่างคำ และผู้พูดก็พูดถึงคอนเทนเนอร์ในงานประชุม',
  'हिन्दी भाषा में कई शब्द हैं, और वक्ता ने कंटेनर के बारे में बात की। फिर हम घर गए।',
  `Le de\u0301ploiement continu, c'est la cle\u0301 : on de\u0301ploie 👩‍💻 tous les jours 𠮷野家.`,
];

// What may stand beside a `…`: a word, or the quote or bracket that opens or closes one.
const badStart = /^…(?![\p{L}\p{N}]|[\p{Ps}\p{Pi}"'¿¡]+[\p{L}\p{N}])/u;
const badEnd = /(?<![\p{L}\p{M}\p{N}]|[\p{L}\p{M}\p{N}][\p{Pe}\p{Pf}"']+)…$/u;

function expectWholeEnds(
  cut: typeof makeSnippet,
  text: string,
  terms: ReadonlySet<string>,
  length: number,
) {
  const snippet = cut(text, terms, length).text;
  const where = `${JSON.stringify([...terms])} in ${length}: ${snippet}`;
  expect(snippet, where).not.toMatch(badStart);
  expect(snippet, where).not.toMatch(badEnd);
  // Half of a surrogate pair is a lone surrogate; a mark cut from its letter stands first.
  expect(snippet, where).not.toMatch(/\p{Cs}/u);
  expect(snippet, where).not.toMatch(/^…?\p{M}/u);
  expect(snippet.replaceAll('…', ''), where).toMatch(/[\p{L}\p{N}]/u);
}

function expectWholeEndsEverywhere(cut: typeof makeSnippet) {
  for (const text of texts) {
    const terms = [...new Set([...tokenSpans(text)].map((span) => span.term))];
    for (const length of [8, 13, 21, 34, 55]) {
      expectWholeEnds(cut, text, new Set(), length);
      for (const term of terms) expectWholeEnds(cut, text, new Set([term]), length);
    }
  }
}

describe('a snippet cut inside a text', () => {
  it('starts at the sentence that begins near the cut, not at the period before it', () => {
    expect(makeSnippet(english, new Set(['go']), 40).text).toBe(
      '…Then we go home and rest for a while, as…',
    );
  });

  it('starts and ends at words in every script, never splitting a character', () => {
    expectWholeEndsEverywhere(makeSnippet);
  });

  it('has no `…` where only spaces or punctuation were left out', () => {
    expect(makeSnippet('  — go home.', new Set(['go']), 10).text).toBe('— go home.');
    expect(makeSnippet('Then we go home. ', new Set(['go']), 15).text).toBe('Then we go home.');
  });

  it('keeps the quote or bracket that opens or closes the word at its edge', () => {
    const text = 'We all agreed: “containers are the future” of all things';
    expect(makeSnippet(text, new Set(['containers']), 28).text).toBe(
      '…“containers are the future”…',
    );
  });
});

describe('a snippet where the platform has no word segmenter', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('still starts and ends at words, a character at a time in Chinese and Japanese', async () => {
    // Intl's members are not enumerable: the stub inherits them, all but the segmenter.
    vi.stubGlobal('Intl', Object.assign(Object.create(Intl), { Segmenter: undefined }));
    vi.resetModules();
    const { makeSnippet: cut } = await import('./snippet.ts');
    expect(cut(english, new Set(['go']), 40).text).toBe(
      '…Then we go home and rest for a while, as…',
    );
    expect(cut(texts[2]!, new Set(), 10).text).toBe('我们今天去了大会。会…');
    expectWholeEndsEverywhere(cut);
  });
});
