// The baseline: the smallest Astro site that renders the same posts with Astro's own `glob()`
// loader (Markdown parsed and rendered by Astro), an index page and one page per post.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function writeMinimalSite(dir: string, postsDir: string, nodeModules: string): void {
  mkdirSync(join(dir, 'src', 'pages', 'posts'), { recursive: true });
  symlinkSync(nodeModules, join(dir, 'node_modules'), 'dir');
  writeFileSync(
    join(dir, 'package.json'),
    '{ "name": "minimal-site", "private": true, "type": "module" }\n',
  );
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    // Its own content store: the linked node_modules/ is shared, and Astro keeps the store there.
    "import { defineConfig } from 'astro/config';\nexport default defineConfig({ site: 'http://localhost:4321', trailingSlash: 'always', cacheDir: './.astro-cache' });\n",
  );
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = {
  posts: defineCollection({ loader: glob({ pattern: '**/*.md', base: ${JSON.stringify(postsDir)} }) }),
};
`,
  );
  writeFileSync(
    join(dir, 'src', 'pages', 'index.astro'),
    `---
import { getCollection } from 'astro:content';
const posts = await getCollection('posts');
---
<html lang="en"><head><meta charset="utf-8" /><title>Posts</title></head>
<body><h1>Posts</h1><ul>{posts.map((p) => <li><a href={\`/posts/\${p.id}/\`}>{String(p.data.title)}</a></li>)}</ul></body></html>
`,
  );
  writeFileSync(
    join(dir, 'src', 'pages', 'posts', '[id].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const posts = await getCollection('posts');
  return posts.map((post) => ({ params: { id: post.id }, props: { post } }));
}
const { post } = Astro.props;
const { Content } = await render(post);
---
<html lang="en"><head><meta charset="utf-8" /><title>{String(post.data.title)}</title></head>
<body><article><h1>{String(post.data.title)}</h1><Content /></article></body></html>
`,
  );
}
