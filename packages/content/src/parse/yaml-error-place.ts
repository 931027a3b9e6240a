import { CST, Parser, type YAMLError } from 'yaml';

/** A YAML syntax error placed where a person would fix it, and said the way they would see it. */
export interface YamlErrorPlace {
  /** Offset in the text. */
  readonly offset: number;
  /** The parser's message, first line only, or a plainer one for an unclosed quote. */
  readonly message: string;
}

const QUOTED = new Set(['double-quoted-scalar', 'single-quoted-scalar']);

/**
 * Where to report `error` in `text`. The parser finds an unclosed quote missing at the end of
 * the text (or of the next scalar that cannot belong to it), lines after the quote that was
 * left open: that quote is where to look. Other errors stay where the parser put them, but
 * never past the last line with text.
 * @example yamlErrorPlace('title: "Hi\ndate: 2015\n', error).offset // 7, the opening quote
 */
export function yamlErrorPlace(text: string, error: YAMLError): YamlErrorPlace {
  const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const at = error.pos[0];
  if (error.code === 'MISSING_CHAR' && /quote/.test(message)) {
    const open = openQuoteBefore(text, at);
    if (open !== undefined) {
      const quote = text[open] === '"' ? 'double' : 'single';
      return { offset: open, message: `This ${quote} quote is never closed` };
    }
  }
  const end = text.trimEnd().length;
  if (at < end) return { offset: at, message };
  // Past the end: at the start of the last line with text.
  return { offset: text.lastIndexOf('\n', end - 1) + 1, message };
}

/** The offset of the quoted scalar that runs up to `at` (the last one opened before it). */
function openQuoteBefore(text: string, at: number): number | undefined {
  let found: number | undefined;
  for (const token of new Parser().parse(text)) {
    if (token.type !== 'document') continue;
    CST.visit(token, (item) => {
      for (const t of [item.key, item.value])
        if (t && QUOTED.has(t.type) && 'offset' in t && t.offset <= at) {
          if (found === undefined || t.offset > found) found = t.offset;
        }
    });
  }
  return found;
}
