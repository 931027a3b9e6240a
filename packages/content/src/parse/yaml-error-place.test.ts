import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { yamlErrorPlace } from './yaml-error-place.ts';

/** The line, column and message of the first syntax error of `text`. */
function place(text: string) {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const { offset, message } = yamlErrorPlace(text, doc.errors[0]!);
  const { line, col } = lines.linePos(offset);
  return { line, column: col, message };
}

describe('yamlErrorPlace', () => {
  it('puts an unclosed quote where it was opened, not where the text ends', () => {
    expect(place('title: "Hello\ndate: 2015-11-19\ntags: [a]\n')).toEqual({
      line: 1,
      column: 8,
      message: 'This double quote is never closed',
    });
    expect(place("a: 1\ntitle: 'Hello\nb: 2\n")).toMatchObject({ line: 2, column: 8 });
    expect(place('x:\n  - one\n  - "two\n  - three\n')).toMatchObject({ line: 3, column: 5 });
  });

  it('says to quote a value with a colon and a space in it, at the value', () => {
    expect(place('date: 2015-11-19\ntitle: DockerCon EU: day two\n')).toEqual({
      line: 2,
      column: 8,
      message:
        'This value holds a colon followed by a space, which YAML reads as the start of another key: put the whole value in quotes',
    });
  });

  it('says to indent with spaces where a line is indented with a tab', () => {
    expect(place('title: T\ntags:\n\t- a\n')).toEqual({
      line: 3,
      column: 1,
      message: 'This line is indented with a tab, which YAML does not allow: indent it with spaces',
    });
  });

  it('names a key given twice, at its second one', () => {
    expect(place('title: One\ndate: 2015-11-19\ntitle: Two\n')).toEqual({
      line: 3,
      column: 1,
      message:
        'The key `title` is given twice (first on line 1); YAML allows each key once, so remove or rename one',
    });
    expect(place('a: 1\nauthor:\n  name: A\n  name: B\n')).toMatchObject({
      line: 4,
      column: 3,
      message:
        'The key `name` is given twice (first on line 3); YAML allows each key once, so remove or rename one',
    });
  });

  it('finds the open one among closed quotes in a flow list', () => {
    expect(place('tags: ["a", "b\nc: 1\n')).toMatchObject({ line: 1, column: 13 });
  });

  it('puts a list or map left open at its bracket, not on the line after', () => {
    expect(place('title: [A\ndate: 2015-01-01\n')).toEqual({
      line: 1,
      column: 8,
      message: 'This `[` is never closed with `]`',
    });
    expect(place('a: 1\nmeta: {a: 1\nb: 2\n')).toMatchObject({ line: 2, column: 7 });
    // The outer list is the open one; the inner one closes.
    expect(place('a:\n  b: [x, [y, z]\nc: 1\n')).toMatchObject({ line: 2, column: 6 });
  });

  it('leaves other errors where the parser put them, with its message', () => {
    const found = place('a: 1\n  b: 2\nc: 3\n');
    expect(found.message).not.toMatch(/quote/);
    expect(found.line).toBeLessThanOrEqual(3);
  });
});
