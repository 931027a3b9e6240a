import type { TomlError } from 'smol-toml';
import { looksLikeYaml, YAML_IN_TOML_FENCES } from './front-matter-mixup.ts';
import { DEFINITION, firstDefinition } from './toml-first-definition.ts';
import { openBracketBefore } from './toml-open-bracket.ts';
import { openStringColumn } from './toml-open-string.ts';

/** A TOML syntax error placed where a person would fix it: line and column in the text. */
export interface TomlErrorPlace {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/**
 * Where to report `error` in `text` (TOML), and how to say it: a string left open at its
 * quote, a list or inline table left open at its bracket, a YAML line as one, a key or table
 * given twice by its name and the line of the first (counting the text's first line as
 * `firstLine`); other errors where smol-toml puts them, with its message.
 * @example tomlErrorPlace('tags = ["a"\ndate = 1\n', error) // { line: 1, column: 8, ... }
 */
export function tomlErrorPlace(text: string, error: TomlError, firstLine = 1): TomlErrorPlace {
  const message = error.message.split('\n')[0]!.replace(/^Invalid TOML document: /, '');
  const line = text.split('\n')[error.line - 1] ?? '';
  // At the newline of its line: a string the line never closed.
  const open = error.column > line.length ? openStringColumn(line) : undefined;
  if (open !== undefined) {
    const detail = 'This string is never closed on its line (only """ strings run over lines)';
    return { line: error.line, column: open, message: detail };
  }
  if (looksLikeYaml(line))
    return { line: error.line, column: 1 + line.search(/\S/), message: YAML_IN_TOML_FENCES };
  const twice = /redefine/.test(message) ? DEFINITION.exec(line) : null;
  if (twice) {
    const kind = twice[1] ? 'table' : 'key';
    const name = twice[2]!.replace(/^["']|["']$/g, '');
    const first = firstDefinition(text, error.line);
    const where = first === undefined ? '' : ` (first on line ${first + firstLine - 1})`;
    const detail = `The ${kind} \`${name}\` is given twice${where}; TOML allows each key and table once, so remove or rename one`;
    return { line: error.line, column: 1 + line.search(/\S/), message: detail };
  }
  const bracket = /end of structure/.test(message)
    ? openBracketBefore(text, error.line)
    : undefined;
  if (bracket) {
    const detail = `This \`${bracket.open}\` is never closed with \`${bracket.close}\``;
    return { line: bracket.line, column: bracket.column, message: detail };
  }
  return { line: error.line, column: error.column, message };
}
