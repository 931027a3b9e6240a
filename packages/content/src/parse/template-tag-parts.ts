/** A template tag's name and what follows it, its delimiters taken off. */
export interface TagParts {
  /** Lower case; a closing tag's starts with `/` (`/highlight`, as Hugo closes a shortcode). */
  readonly name: string;
  /** The rest, trimmed: a call's arguments without their parentheses (`fig(src="a.jpg")`). */
  readonly args: string;
}

/**
 * The name and arguments of a tag of any engine: `{% name … %}` and `{%- … -%}` (Liquid,
 * Jinja), `{{< name … >}}` and `{{% … %}}` (Hugo), `{{ name(…) }}` (Zola). Undefined when no
 * name opens it (an expression, `{{ page.title }}` aside, starts with one).
 * @example tagParts('{{< figure src="a.jpg" >}}') // { name: 'figure', args: 'src="a.jpg"' }
 */
export function tagParts(tag: string): TagParts | undefined {
  const body = tag
    .replace(/^\{(?:%-?|\{-?\s*[<%]?)/, '')
    .replace(/(?:-?%|[>%]?\s*-?\})\}$/, '')
    .trim();
  const m = /^(\/?\s*[A-Za-z][\w-]*)\s*(?:\((?<call>[\s\S]*)\)\s*$)?/.exec(body);
  if (!m) return undefined;
  const args = m.groups?.call ?? body.slice(m[0].length);
  return { name: m[1]!.replace(/\s+/g, '').toLowerCase(), args: args.trim() };
}
