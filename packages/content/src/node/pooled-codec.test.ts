import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { withFields } from '../resolve/with-fields.ts';
import { stringStart } from '../text/string-start.ts';
import { decodePooled, encodePooled, encodePooledTo } from './pooled-codec.ts';
import { TextSpill } from './text-spill.ts';

const long = (s: string) => s.repeat(10);

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

describe('encodePooled', () => {
  it('gives back what JSON would, with keys in the same order', () => {
    const value = {
      id: 'a',
      html: long('<p>Ida Moss</p>'),
      text: long('Ida Moss'),
      wide: long('Zoë “quoted” — 日本'),
      n: [1, 2.5, -3, null, true, false, undefined],
      nested: { b: long('again '), a: [{ x: long('Ida Moss') }, '\u0000', ''] },
      10: 'integer key',
      extra: JSON.parse('{"__proto__": {"polluted": "yes"}}'),
      odd: JSON.parse('{"__proto__": "a string long enough to be pooled"}'),
    };
    const back = decodePooled(encodePooled(value)) as typeof value;
    expect(back).toStrictEqual(JSON.parse(JSON.stringify(value)));
    expect(Object.keys(back)).toEqual(Object.keys(value));
    expect(Object.keys(back.nested)).toEqual(['b', 'a']);
    expect(Object.hasOwn(back.extra, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(back.odd, '__proto__')).toBe(true);
    expect(JSON.stringify(back)).toBe(JSON.stringify(value));
    // The value encoded is given back as it was.
    expect(value.html).toBe(long('<p>Ida Moss</p>'));
    expect(value.nested.a[1]).toBe('\u0000');
  });

  it('writes an object met twice twice, as JSON does, and leaves it as it was', () => {
    const diagnostics = [{ message: long('a shared message ') }];
    const value = { catalog: { diagnostics }, diagnostics };
    const back = decodePooled(encodePooled(value));
    expect(JSON.stringify(back)).toBe(JSON.stringify(value));
    expect(diagnostics[0]!.message).toBe(long('a shared message '));
    const cycle: Record<string, unknown> = { text: long('x') };
    cycle.self = cycle;
    expect(() => encodePooled(cycle)).toThrow(TypeError);
    expect(cycle.text).toBe(long('x'));
  });

  it('writes objects met again inside objects met again, and refuses a cycle through a list', () => {
    const inner = { note: long('an inner note '), mark: '\u0000' };
    const shared = { text: long('a shared text '), inner, again: [inner] };
    const value = { a: shared, b: [shared, { inner }], c: '\u0000' };
    expect(JSON.stringify(decodePooled(encodePooled(value)))).toBe(JSON.stringify(value));
    expect(shared.text).toBe(long('a shared text '));
    const list: unknown[] = [{ text: long('y') }];
    const holder = { list };
    list.push({ back: holder });
    expect(() => encodePooled(holder)).toThrow(TypeError);
    expect((list[0] as { text: string }).text).toBe(long('y'));
  });

  it('splits the pool into segments past 16 million characters, and reads them back', () => {
    const value = { a: 'a'.repeat(9_000_000), b: `${'b'.repeat(9_000_000)}é`, c: 'c'.repeat(30) };
    const back = decodePooled(encodePooled(value)) as typeof value;
    expect(back.a === value.a && back.b === value.b && back.c === value.c).toBe(true);
  });

  it('stores a string met twice once', () => {
    const text = long('the same long sentence ');
    const once = encodePooled({ a: text }).length;
    const twice = encodePooled({ a: text, b: text, c: [text] }).length;
    expect(twice - once).toBeLessThan(text.length / 2);
    const back = decodePooled(encodePooled({ a: text, b: text })) as { a: string; b: string };
    expect(back.b).toBe(text);
  });

  it('gives each string but the long ones through the map of strings it is given, across values', () => {
    const strings = new Map<string, string>();
    const talk = (post: string) => ({
      post,
      kind: 'talk',
      speakers: ['Ida Moss', 'Ben Cole'],
      links: [{ url: long('https://example.com/'), kind: 'slides' }],
    });
    const first = decodePooled(encodePooled(talk('a')), { strings });
    const second = decodePooled(encodePooled(talk('b')), { strings });
    expect(first).toStrictEqual(talk('a'));
    expect(second).toStrictEqual(talk('b'));
    // Pooled strings too, but for the long ones, read a few times in a catalog's life.
    expect([...strings.keys()].sort()).toEqual([
      'Ben Cole',
      'Ida Moss',
      'a',
      'b',
      long('https://example.com/'),
      'slides',
      'talk',
    ]);
    const sentence = 'Ida Moss showed the scheduler at work.';
    const quoted = (post: string) => ({ post, sentence, also: [sentence] });
    decodePooled(encodePooled(quoted('a')), { strings });
    expect(decodePooled(encodePooled(quoted('b')), { strings })).toStrictEqual(quoted('b'));
    expect(strings.get(sentence)).toBe(sentence);
  });

  it('with a map of strings, keeps only the strings a value holds, not their whole pool', () => {
    // 20 values of 4,000 pooled sentences (600 KB each); one sentence of each is kept.
    const values = Array.from({ length: 20 }, (_, v) => ({
      sentences: Array.from(
        { length: 4_000 },
        (_, i) => `Value ${v}, sentence ${i}: ${'x'.repeat(120)}`,
      ),
    }));
    const encoded = values.map((value) => encodePooled(value));
    const retainedBy = (options: () => { strings?: Map<string, string> }) => {
      gc();
      const before = process.memoryUsage().heapUsed;
      const kept = encoded.map(
        (bytes) => (decodePooled(bytes, options()) as (typeof values)[0]).sentences[7]!,
      );
      gc();
      return { bytes: process.memoryUsage().heapUsed - before, kept };
    };
    const views = retainedBy(() => ({}));
    const own = retainedBy(() => ({ strings: new Map() }));
    // A sentence kept as a view holds its value's whole pool: the check tells the two apart.
    expect(views.bytes).toBeGreaterThan(8 * 2 ** 20);
    expect(own.bytes).toBeLessThan(2 ** 20);
    expect(own.kept).toEqual(views.kept);
  });

  it('reads from a view at any offset, and refuses other bytes', () => {
    const bytes = encodePooled({ s: long('é') });
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    expect(decodePooled(shifted.subarray(3))).toEqual({ s: long('é') });
    expect(() => decodePooled(Buffer.from('{"s":1}'))).toThrow();
    expect(() => decodePooled(bytes.subarray(0, bytes.length - 4))).toThrow();
  });
});

describe('decodePooled with a spill', () => {
  const base = mkdtempSync(join(tmpdir(), 'confnotes-spill-'));
  afterAll(() => rmSync(base, { recursive: true, force: true }));
  const spill = () => TextSpill.open(mkdtempSync(join(base, 'case-')))!;
  const post = () => ({
    id: 'a',
    title: 'A recap long enough to be pooled',
    html: long('<p>Ida Moss spoke about containers at length.</p>'.repeat(3)),
    text: long('Zoë “quoted” — 日本 '.repeat(8)),
    headings: [{ text: long('x'.repeat(120)) }],
  });

  it('leaves long strings in the spill and reads them back when asked', () => {
    const value = { posts: [post(), post()] };
    const into = spill();
    const back = decodePooled(encodePooled(value), { spill: into }) as typeof value;
    expect(into.size).toBeGreaterThan(2 * value.posts[0]!.html.length);
    const first = back.posts[0]!;
    // The record holds where its HTML is, not the HTML.
    expect(Object.getOwnPropertyDescriptor(first, 'html')?.get).toBeTypeOf('function');
    expect(Object.getOwnPropertyDescriptor(first, 'title')?.value).toBe(value.posts[0]!.title);
    expect(first.html).toBe(value.posts[0]!.html);
    expect(first.text).toBe(value.posts[0]!.text);
    expect(first.headings[0]!.text).toBe(value.posts[0]!.headings[0]!.text);
    expect(JSON.stringify(back)).toBe(JSON.stringify(value));
    expect(structuredClone(back)).toEqual(value);
    expect({ ...first }).toEqual(value.posts[0]);
  });

  it('keeps a `__proto__` key of the content a plain property beside a spilled string', () => {
    // As JSON.parse makes it from front matter: an own property, not the prototype.
    const value = JSON.parse(
      `{"id":"a","__proto__":{"polluted":true},"html":${JSON.stringify(post().html)}}`,
    ) as Record<string, unknown>;
    const back = decodePooled(encodePooled(value), { spill: spill() }) as Record<string, unknown>;
    expect(Object.getOwnPropertyDescriptor(back, 'html')?.get).toBeTypeOf('function');
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(back.polluted).toBeUndefined();
    expect(Object.keys(back)).toEqual(['id', '__proto__', 'html']);
    expect(JSON.stringify(back)).toBe(JSON.stringify(value));
    // A long string under that key is spilled as any other.
    const text = JSON.parse(`{"__proto__":${JSON.stringify(post().html)}}`) as object;
    const again = decodePooled(encodePooled(text), { spill: spill() }) as object;
    expect(Object.getOwnPropertyDescriptor(again, '__proto__')?.get).toBeTypeOf('function');
    expect(Object.getPrototypeOf(again)).toBe(Object.prototype);
    expect(JSON.stringify(again)).toBe(JSON.stringify(text));
    // And so is an object holding one, which is read back as a copy: it stays under that key.
    const nested = JSON.parse(`{"__proto__":{"html":${JSON.stringify(post().html)}}}`) as object;
    const inner = decodePooled(encodePooled(nested), { spill: spill() }) as Record<string, object>;
    expect(Object.getPrototypeOf(inner)).toBe(Object.prototype);
    expect(Object.hasOwn(inner, '__proto__')).toBe(true);
    expect(
      Object.getOwnPropertyDescriptor(
        Object.getOwnPropertyDescriptor(inner, '__proto__')?.value,
        'html',
      )?.get,
    ).toBeTypeOf('function');
    expect(JSON.stringify(inner)).toBe(JSON.stringify(nested));
  });

  it('writes the same bytes into one buffer as in chunks, spilled strings included', () => {
    const streamed = (value: unknown) => {
      const chunks: Buffer[] = [];
      encodePooledTo(value, (chunk) => chunks.push(Buffer.from(chunk)));
      return Buffer.concat(chunks);
    };
    const value = {
      odd: 'x'.repeat(25),
      wide: long('Zoë “quoted” — 日本'),
      posts: [post(), post()],
      latin: long('café '),
    };
    expect(encodePooled(value).equals(streamed(value))).toBe(true);
    const back = decodePooled(encodePooled(value), { spill: spill() });
    expect(encodePooled(back).equals(streamed(back))).toBe(true);
    expect(decodePooled(encodePooled(back))).toEqual(value);
    // The chunk buffer is kept from one encoding to the next, text longer than it included.
    const big = { a: 'y'.repeat(3000), huge: long('z'.repeat(150_000)), b: long('café ') };
    expect(encodePooled(big).equals(streamed(big))).toBe(true);
    expect(encodePooled(value).equals(streamed(value))).toBe(true);
  });

  it('writes a structure and numbers longer than its chunk buffer in chunks as in one', () => {
    const streamed = (value: unknown) => {
      const chunks: Buffer[] = [];
      encodePooledTo(value, (chunk) => chunks.push(Buffer.from(chunk)));
      return Buffer.concat(chunks);
    };
    // Some 1.3 MB of JSON, then 1.6 MB of numbers: each more than the 1 MB buffer holds.
    const structure = Array.from({ length: 150_000 }, (_, i) => `short ${i}`);
    const numbers = Array.from(
      { length: 400_000 },
      (_, i) => `a string long enough to pool ${i % 99}`,
    );
    for (const value of [structure, numbers]) {
      expect(encodePooled(value).equals(streamed(value))).toBe(true);
      expect(decodePooled(streamed(value))).toEqual(value);
    }
  });

  it('encodes a spilled record as the record it came from, and leaves it spilled', () => {
    const value = post();
    const bytes = encodePooled(value);
    const back = decodePooled(bytes, { spill: spill() }) as typeof value;
    expect(encodePooled(back).equals(bytes)).toBe(true);
    expect(Object.getOwnPropertyDescriptor(back, 'html')?.get).toBeTypeOf('function');
    expect(back.html).toBe(value.html);
  });

  it('copies spilled strings from spill to spill without reading them as strings', () => {
    const value = { posts: [post(), post()] };
    const bytes = encodePooled(value);
    const into = spill();
    let reads = 0;
    const counting = {
      append: (b: Uint8Array) => into.append(b),
      read: (at: number, n: number, wide: boolean) => {
        reads++;
        return into.read(at, n, wide);
      },
      copy: (at: number, n: number, to: Uint8Array, offset: number) => into.copy(at, n, to, offset),
    };
    const back = decodePooled(bytes, { spill: counting }) as typeof value;
    expect(encodePooled(back).equals(bytes)).toBe(true);
    expect(reads).toBe(0);
    const again = decodePooled(encodePooled(back), { spill: spill() }) as typeof value;
    expect(again).toEqual(value);
  });

  it('reads the start of a spilled string without the rest, wide text too', () => {
    const value = post();
    const into = spill();
    const asked: number[] = [];
    const counting = {
      append: (b: Uint8Array) => into.append(b),
      read: (at: number, n: number, wide: boolean) => {
        asked.push(n);
        return into.read(at, n, wide);
      },
      copy: (at: number, n: number, to: Uint8Array, offset: number) => into.copy(at, n, to, offset),
    };
    const back = decodePooled(encodePooled(value), { spill: counting }) as typeof value;
    expect(stringStart(back, 'html', 20)).toBe(value.html.slice(0, 20));
    expect(stringStart(back, 'text', 7)).toBe(value.text.slice(0, 7));
    // Seven characters of UTF-16 text are 14 bytes.
    expect(asked).toEqual([20, 14]);
    // A copy keeps the spill; a value set on it is read as it is.
    const copy = withFields(back, { text: 'Set by hand' });
    expect(stringStart(copy, 'html', 5)).toBe(value.html.slice(0, 5));
    expect(stringStart(copy, 'text', 3)).toBe('Set');
    expect(stringStart(copy, 'title', 2)).toBe(value.title.slice(0, 2));
    expect(stringStart({ text: 'plain' }, 'text', 3)).toBe('pla');
    expect(asked).toEqual([20, 14, 5]);
  });

  it('keeps a copied record spilled, and a value set on the copy to the copy', () => {
    const value = post();
    const back = decodePooled(encodePooled(value), { spill: spill() }) as typeof value;
    const copy = Object.defineProperties(
      {},
      Object.getOwnPropertyDescriptors(back),
    ) as typeof value;
    expect(Object.getOwnPropertyDescriptor(copy, 'html')?.get).toBeTypeOf('function');
    expect(copy.html).toBe(value.html);
    copy.html = '<p>only the copy</p>';
    expect(copy.html).toBe('<p>only the copy</p>');
    expect(back.html).toBe(value.html);
    expect(JSON.parse(JSON.stringify(copy))).toEqual({
      ...value,
      html: '<p>only the copy</p>',
    });
    expect(decodePooled(encodePooled(copy))).toEqual({ ...value, html: '<p>only the copy</p>' });
  });

  it('takes a new value in place of a spilled one', () => {
    const back = decodePooled(encodePooled(post()), { spill: spill() }) as { html: string };
    back.html = '<p>new</p>';
    expect(back.html).toBe('<p>new</p>');
    expect(Object.getOwnPropertyDescriptor(back, 'html')?.value).toBe('<p>new</p>');
    expect(Object.keys(back)).toEqual(Object.keys(post()));
  });

  it('reads a long string in a list or alone as a string', () => {
    const text = long('y'.repeat(200));
    const into = spill();
    expect(decodePooled(encodePooled([text, { a: [text] }]), { spill: into })).toEqual([
      text,
      { a: [text] },
    ]);
    expect(decodePooled(encodePooled(text), { spill: into })).toBe(text);
  });
});
