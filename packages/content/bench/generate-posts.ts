// Generates varied articles for the benchmark: every front-matter format, headings, lists,
// links, quotes, code, tables and the odd template tag, about 7 KB each.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const words =
  'docker container kubernetes talk speaker keynote session registry cluster volume network security production latency observability tracing migration platform team conference'.split(
    ' ',
  );

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function sentence(r: () => number, n = 12): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(words[Math.floor(r() * words.length)]!);
  const s = out.join(' ');
  return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
}

function frontMatter(i: number, r: () => number): string {
  const title = `Conference notes ${i}: ${sentence(r, 4).slice(0, -1)}`;
  const date = `2015-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
  switch (i % 6) {
    case 0:
      return `---\ntitle: "${title}"\ndate: ${date} 10:00:00 +0100\ntags: [docker, conference]\ncategory: ops\nauthor: Jane Doe\nheader-img: img/${i}.jpg\n---\n`;
    case 1:
      return `+++\ntitle = "${title}"\ndate = ${date}T10:00:00+01:00\ntags = ["go", "talks"]\n[extra]\ntoc = true\n+++\n`;
    case 2:
      return `{\n  "title": "${title}",\n  "date": "${date}",\n  "tags": ["json", "hugo"]\n}\n`;
    case 3:
      return `Title: ${title}\nDate: ${date} 10:20\nTags: pelican, python\nCategory: Python\n\n`;
    case 4:
      return `<!--\n.. title: ${title}\n.. slug: nikola-${i}\n.. date: ${date} 15:35:13 UTC\n.. tags: docker, devops\n-->\n`;
    default:
      return `title: ${title}\ndate: ${date} 18:17:00\ncategories: events\ntags:\n- qcon\n---\n`;
  }
}

function body(i: number, r: () => number): string {
  const parts: string[] = [`${sentence(r, 30)} ${sentence(r, 20)}`, '<!-- more -->'];
  for (let section = 0; section < 5; section++) {
    parts.push(`## ${sentence(r, 4).slice(0, -1)}`);
    parts.push(
      `[${sentence(r, 3)}](https://twitter.com/speaker${i}) spoke about **${sentence(r, 5)}** ` +
        `([slides](https://speakerdeck.com/s/${i}), [video](https://www.youtube.com/watch?v=${i})). ${sentence(r, 25)}`,
    );
    parts.push(
      Array.from({ length: 4 }, () => `- ${sentence(r, 10)} [link](https://example.com/${i})`).join(
        '\n',
      ),
    );
    parts.push(`> ${sentence(r, 18)}\n> ${sentence(r, 10)}`);
    if (section % 2 === 0) parts.push('```go\nfunc main() {\n\tfmt.Println("hello")\n}\n```');
    if (section === 3) parts.push('| talk | room |\n| --- | --- |\n| keynote | A |\n| panel | B |');
    parts.push(`${sentence(r, 40)} ${sentence(r, 30)}`);
  }
  if (i % 10 === 0) parts.push('{% img img-thumbnail http://example.com/a.png %}');
  return `\n${parts.join('\n\n')}\n`;
}

/** Writes `count` articles to `dir/posts` and returns their paths and total size in bytes. */
export function generatePosts(dir: string, count: number): { files: string[]; bytes: number } {
  mkdirSync(join(dir, 'posts'), { recursive: true });
  const files: string[] = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const r = rng(i + 1);
    const text = frontMatter(i, r) + body(i, r);
    const file = join(dir, 'posts', `2015-01-01-post-${String(i).padStart(5, '0')}.md`);
    writeFileSync(file, text);
    files.push(file);
    bytes += Buffer.byteLength(text);
  }
  return { files, bytes };
}
