import { writeFileSync } from 'node:fs';

/**
 * Writes an article for a test site: YAML front matter of `fields`, a `key: value` line each,
 * then a blank line and the body's lines.
 * @example writeArticle(join(content, 'posts', 'a.md'), { title: 'A', date: '2025-09-24' }, 'Text.', '');
 */
export function writeArticle(
  file: string,
  fields: Readonly<Record<string, string>>,
  ...body: string[]
): void {
  const front = Object.entries(fields).map(([key, value]) => `${key}: ${value}`);
  writeFileSync(file, ['---', ...front, '---', '', ...body].join('\n'));
}
