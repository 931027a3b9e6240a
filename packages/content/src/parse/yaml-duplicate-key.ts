// A key at the start of the text: quoted, or plain up to the `:` that ends it.
const KEY = /^(?:"((?:[^"\\\n]|\\.)*)"|'([^'\n]*)'|([^\s:#"'][^:#\n]*?))[ \t]*:(?:[ \t]|$)/m;

const keyAt = (text: string, at: number) => {
  const match = KEY.exec(text.slice(at));
  return match ? { name: match[1] ?? match[2] ?? match[3]!, written: match[0] } : undefined;
};

/**
 * What to say of a key YAML finds given twice in one map, at `at` (its second one): its name,
 * and the line of the first one when it is in the same block map, counting the text's first
 * line as `firstLine`.
 * @example duplicateKeyMessage('title: A\ntitle: B\n', 9, 2) // '... (first on line 2) ...'
 */
export function duplicateKeyMessage(text: string, at: number, firstLine = 1): string | undefined {
  const key = keyAt(text, at);
  if (!key) return undefined;
  const lines = text.slice(0, at).split('\n');
  const column = lines.pop()!.length;
  let first: number | undefined;
  // Up through the lines above, at the key's column, until a line less indented (its parent).
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    const head = line.slice(0, column);
    if (/^[ \t-]*$/.test(head) && line.length > column) {
      if (keyAt(line, column)?.name === key.name) {
        first = i;
        break;
      }
      if (/^[ \t]*$/.test(head)) continue;
    }
    if (/^[ \t]*(?:#|$)/.test(line)) continue;
    if (line.search(/\S/) < column) break;
  }
  const where = first === undefined ? '' : ` (first on line ${first + firstLine})`;
  return `The key \`${key.name}\` is given twice${where}; YAML allows each key once, so remove or rename one`;
}
