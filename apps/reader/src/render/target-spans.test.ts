import { describe, expect, it } from 'vitest';
import type { DocLine } from './markdown-to-ansi.ts';
import { mentionSpans } from './target-spans.ts';

const doc = (...texts: string[]): DocLine[] =>
  texts.map((text) => ({ pieces: [{ text, roles: ['text'], source: 1 }], text, source: 1 }));
const shown = (lines: DocLine[], text: string) =>
  mentionSpans(lines, 0, 1, text, new Set()).map((s) => lines[s.line]!.text.slice(s.start, s.end));

describe('mentionSpans of a name wrapped over two lines', () => {
  it('leaves out the indent of a heading or list item the name goes on after', () => {
    const lines = doc('### The Home Computer That Roared by Jeremy', '    Ruston');
    expect(shown(lines, 'Jeremy Ruston')).toEqual(['Jeremy', 'Ruston']);
  });

  it('finds a name wrapped inside a quote, and leaves out the quote bars', () => {
    const lines = doc('│ │ I was sad to miss the tutorials by Simon', '│ │ Brown and Russ Miles.');
    expect(shown(lines, 'Simon Brown')).toEqual(['Simon', 'Brown']);
  });
});
