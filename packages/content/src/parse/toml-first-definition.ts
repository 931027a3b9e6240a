// The key or table header at the start of a line: `title =`, `[params]`, `[[menu]]`.
export const DEFINITION = /^\s*(\[\[?)?\s*("[^"]*"|'[^']*'|[\w-]+(?:\s*\.\s*[\w-]+)*)/;

const nameOf = (written: string) => written.replace(/\s+/g, '').replace(/^["']|["']$/g, '');

/**
 * The 1-based line of `text` (TOML) where the key or table that line `line` defines again was
 * first defined: a table header anywhere above, a key above in the same table (below the last
 * header before it). Undefined when it cannot be told, as for a key made by a dotted table.
 * @example firstDefinition('title = "A"\ntitle = "B"\n', 2) === 1
 */
export function firstDefinition(text: string, line: number): number | undefined {
  const lines = text.split('\n');
  const again = DEFINITION.exec(lines[line - 1] ?? '');
  if (!again) return undefined;
  const table = again[1] !== undefined;
  const name = nameOf(again[2]!);
  for (let i = line - 2; i >= 0; i--) {
    const found = DEFINITION.exec(lines[i]!);
    if (!found) continue;
    const header = found[1] !== undefined;
    // A key's table ends, going up, at the header that opens it.
    if (!table && header) return undefined;
    if (header === table && nameOf(found[2]!) === name) return i + 1;
  }
  return undefined;
}
