// The front-matter formats the parser reads: YAML, TOML, JSON, Pelican, Nikola and Hexo.

export interface Header {
  readonly title: string;
  readonly date: string;
  readonly author: string;
  readonly tags: readonly string[];
  readonly slug: string;
}

export const FORMATS = ['yaml', 'toml', 'json', 'pelican', 'nikola', 'hexo'] as const;
export type Format = (typeof FORMATS)[number];

const quoted = (text: string) => JSON.stringify(text);

/**
 * Where a YAML post gives its title: in the front matter, as a `# heading` opening the body
 * (MkDocs, Docusaurus, GitHub Pages), or in both, as posts exported from other platforms do.
 */
export type TitlePlace = 'key' | 'heading' | 'both';

/**
 * The header of an article in the given format, ending where the Markdown body starts (with
 * its title heading, when `place` puts one there).
 */
export function frontMatter(format: Format, h: Header, place: TitlePlace = 'key'): string {
  switch (format) {
    case 'yaml': {
      const key = place === 'heading' ? '' : `title: ${quoted(h.title)}\n`;
      const heading = place === 'key' ? '' : `# ${h.title}\n`;
      return `---\n${key}date: ${h.date} 10:00:00 +0100\nauthor: ${h.author}\ntags: [${h.tags.join(', ')}]\n---\n${heading}`;
    }
    case 'toml':
      return `+++\ntitle = ${quoted(h.title)}\ndate = ${h.date}T10:00:00+01:00\nauthor = ${quoted(h.author)}\ntags = [${h.tags.map(quoted).join(', ')}]\n[extra]\ntoc = true\n+++\n`;
    case 'json':
      return `${JSON.stringify({ title: h.title, date: h.date, author: h.author, tags: h.tags }, null, 2)}\n`;
    case 'pelican':
      return `Title: ${h.title}\nDate: ${h.date} 10:20\nAuthor: ${h.author}\nTags: ${h.tags.join(', ')}\n\n`;
    case 'nikola':
      return `<!--\n.. title: ${h.title}\n.. slug: ${h.slug}\n.. date: ${h.date} 15:35:13 UTC\n.. author: ${h.author}\n.. tags: ${h.tags.join(', ')}\n-->\n`;
    case 'hexo':
      return `title: ${quoted(h.title)}\ndate: ${h.date} 18:17:00\nauthor: ${h.author}\ntags:\n${h.tags.map((t) => `- ${t}`).join('\n')}\n---\n`;
    default:
      return format satisfies never;
  }
}
