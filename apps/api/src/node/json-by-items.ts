// JSON.parse of an object whose lists are too long to be one string: the JSON of 50,000 posts
// with their bodies is some 800 MB, past V8's longest string (about 512 MB). The bytes are
// scanned for the object's members and each list's items, and every item is parsed on its own.

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

const isSpace = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

/**
 * The value of a JSON object's bytes, as `JSON.parse` gives it, made one member (and one list
 * item) at a time. Throws a `SyntaxError` naming the byte where the text is not JSON.
 * @example parseJsonByItems(Buffer.from('{"posts":[{"id":"a"}]}')).posts[0].id // 'a'
 */
export function parseJsonByItems(bytes: Buffer): Record<string, unknown> {
  let at = 0;
  const fail = (what: string): never => {
    throw new SyntaxError(`${what} at byte ${at} of the JSON`);
  };
  const skip = () => {
    while (at < bytes.length && isSpace(bytes[at]!)) at++;
  };
  const expect = (byte: number, what: string) => {
    skip();
    if (bytes[at] !== byte) fail(`Expected ${what}`);
    at++;
  };
  // The end of the string starting at `from` (its opening quote), past its closing quote.
  const stringEnd = (from: number) => {
    let i = from + 1;
    while (i < bytes.length) {
      const b = bytes[i]!;
      if (b === BACKSLASH) i += 2;
      else if (b === QUOTE) return i + 1;
      else i++;
    }
    at = from;
    return fail('Unterminated string');
  };
  // The end of the value starting at `from`: a string, an object or list (their brackets
  // counted outside strings), or a number, `true`, `false` or `null`.
  const valueEnd = (from: number) => {
    const first = bytes[from];
    if (first === QUOTE) return stringEnd(from);
    if (first === OPEN_BRACE || first === OPEN_BRACKET) {
      let depth = 0;
      let i = from;
      while (i < bytes.length) {
        const b = bytes[i]!;
        if (b === QUOTE) {
          i = stringEnd(i);
          continue;
        }
        if (b === OPEN_BRACE || b === OPEN_BRACKET) depth++;
        else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) {
          depth--;
          if (depth === 0) return i + 1;
        }
        i++;
      }
      at = from;
      return fail('Unterminated object or list');
    }
    let i = from;
    while (i < bytes.length) {
      const b = bytes[i]!;
      if (b === COMMA || b === CLOSE_BRACE || b === CLOSE_BRACKET || isSpace(b)) break;
      i++;
    }
    if (i === from) {
      at = from;
      fail('Expected a value');
    }
    return i;
  };
  // After a member or an item: whether it was the last of its object or list.
  const ended = (close: number, what: string): boolean => {
    skip();
    const b = bytes[at++];
    if (b === COMMA) return false;
    if (b === close) return true;
    at--;
    return fail(`Expected , or ${what}`);
  };
  const parse = (from: number, to: number): unknown => {
    try {
      return JSON.parse(bytes.toString('utf8', from, to));
    } catch (error) {
      at = from;
      return fail((error as Error).message);
    }
  };

  const out: Record<string, unknown> = {};
  expect(OPEN_BRACE, '{');
  skip();
  if (bytes[at] === CLOSE_BRACE) at++;
  else
    for (;;) {
      skip();
      if (bytes[at] !== QUOTE) fail('Expected a member name');
      const keyEnd = stringEnd(at);
      const key = parse(at, keyEnd) as string;
      at = keyEnd;
      expect(COLON, ':');
      skip();
      if (bytes[at] === OPEN_BRACKET) {
        at++;
        const items: unknown[] = [];
        skip();
        if (bytes[at] === CLOSE_BRACKET) at++;
        else
          for (;;) {
            skip();
            const end = valueEnd(at);
            items.push(parse(at, end));
            at = end;
            if (ended(CLOSE_BRACKET, ']')) break;
          }
        member(out, key, items);
      } else {
        const end = valueEnd(at);
        member(out, key, parse(at, end));
        at = end;
      }
      if (ended(CLOSE_BRACE, '}')) break;
    }
  skip();
  if (at !== bytes.length) fail('Unexpected text after the JSON');
  return out;
}

// Defined as JSON.parse defines members: a member named `__proto__` is a member, not a prototype.
function member(object: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(object, key, {
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  });
}
