import { lstatSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { isArticleName } from '../query/article-name.ts';
import type { Diagnostic } from '../schema/index.ts';
import { bundleFolder } from './bundle-folder.ts';
import { heldFromSite } from './held-files.ts';
import { STATIC_FOLDER } from './static-file-paths.ts';

/** What of a post the check reads: its HTML, and its body and place to point at a picture. */
export interface PicturePost {
  readonly id: string;
  readonly html: string;
  readonly source: { readonly path: string; readonly bodyLine: number };
  /** Read only for a picture found wanting, to place it. */
  readonly body: () => string;
}

// A link with a scheme (`https:`, `data:`) or a host (`//cdn…`) is not the site's to publish.
const elsewhere = /^(?:[a-z][a-z\d+.-]*:|\/\/)/i;
const imgSrc = /<img\b[^>]*?\ssrc="([^"]*)"/g;

/** An attribute's value as the sanitized HTML writes it (`&#x26;`, `&amp;`), read back. */
const attributeValue = (value: string) =>
  value.replace(/&#x26;|&amp;/g, '&').replace(/&#x22;|&quot;/g, '"');

function decoded(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/** Whether `path` is a file a site publishes: not hidden, not a symbolic link. */
function isPublishable(path: string): boolean {
  return lstatSync(path, { throwIfNoEntry: false })?.isFile() === true;
}

/**
 * A warning for each picture a post shows that the routes of `bundleFilePaths` and
 * `staticFilePaths` do not publish, so that its page shows a broken image: a relative picture
 * that is not a file of the post's page bundle (or of a post that is no bundle), and one from
 * the site's root that is a file neither of the content's `static/` nor of Astro's `public/`
 * (`publicDir`). Astro's own `glob()` loader fails a build on a picture it cannot find; these
 * are warnings, as a picture served some other way is not the loader's to know of.
 */
export function unpublishedPictures(
  post: PicturePost,
  contentDir: string,
  publicDir?: string,
): Diagnostic[] {
  if (!post.html.includes('<img')) return [];
  const found: Diagnostic[] = [];
  const seen = new Set<string>();
  const bundle = bundleFolder(post.source.path);
  for (const [, raw] of post.html.matchAll(imgSrc)) {
    const src = attributeValue(raw!).trim();
    if (!src || elsewhere.test(src) || src.startsWith('#') || seen.has(src)) continue;
    seen.add(src);
    const path = decoded(src.replace(/[?#].*$/, ''));
    const problem = path.startsWith('/')
      ? rootProblem(path, contentDir, publicDir)
      : relativeProblem(path, bundle, contentDir, post.source.path);
    if (!problem) continue;
    found.push({
      severity: 'warning',
      code: 'image-not-published',
      message: `The picture ${src} ${problem.message}: its page shows a broken image.`,
      hint: problem.hint,
      file: post.source.path,
      ...placeOf(post, src),
    });
  }
  return found;
}

type Problem = { message: string; hint: string };

// A file the routes hold back (`heldFromSite`) is no more published than a missing one.
const HELD: Problem = {
  message:
    'is held back from the site, as a browser opening it would run it as a page or a script of the site',
  hint: 'Save the picture without scripts or event handlers (or as a PNG), or link it where it is online.',
};

function rootProblem(path: string, contentDir: string, publicDir?: string): Problem | undefined {
  const rel = posix.normalize(path).replace(/^\/+/, '');
  const inStatic = join(STATIC_FOLDER, rel);
  if (rel.split('/').some((part) => part.startsWith('.'))) return undefined;
  const file = join(contentDir, inStatic);
  if (isPublishable(file)) return heldFromSite(rel, file) ? HELD : undefined;
  // Astro copies `public/` as it is, following links.
  if (
    publicDir !== undefined &&
    statSync(join(publicDir, rel), { throwIfNoEntry: false })?.isFile()
  )
    return undefined;
  return {
    message: `is not a file of \`${STATIC_FOLDER}/\` in the content directory${publicDir === undefined ? '' : " nor of the site's `public/`"}`,
    hint: `Put the file at \`${inStatic}\` of the content directory, whose \`${STATIC_FOLDER}/\` is published at the site's root, or link the picture where it is online.`,
  };
}

function relativeProblem(
  path: string,
  bundle: string | undefined,
  contentDir: string,
  article: string,
): Problem | undefined {
  if (bundle === undefined) {
    return {
      message:
        "is linked from a post that is not a page bundle, and nothing publishes it beside the post's page",
      hint: `Make the post a page bundle (\`${article.replace(/(?:\.[^/.]+)?$/, '/index.md')}\`) with the picture beside it, or keep the picture in \`${STATIC_FOLDER}/\` of the content directory and link it from the site's root (\`/${posix.basename(path)}\`).`,
    };
  }
  const target = posix.normalize(posix.join(bundle, path));
  const inside = target.startsWith(`${bundle}/`);
  const hidden = target.split('/').some((part) => part.startsWith('.'));
  const file = join(contentDir, target);
  if (inside && !hidden && !isArticleName(target) && isPublishable(file))
    return heldFromSite(target.slice(bundle.length + 1), file) ? HELD : undefined;
  return {
    message: `is not a file of the post's page bundle \`${bundle}/\``,
    hint: inside
      ? `Put the file at \`${target}\` of the content directory, or correct the link.`
      : `Keep the picture inside \`${bundle}/\`, whose files are published beside the post's page, and link it from there.`,
  };
}

/** Where the body writes `src` (as written or decoded), as the file's line and column. */
function placeOf(post: PicturePost, src: string): { line: number; column: number } {
  const body = post.body();
  let at = body.indexOf(src);
  if (at < 0) at = body.indexOf(decoded(src));
  if (at < 0) return { line: post.source.bodyLine, column: 1 };
  const before = body.slice(0, at);
  const newline = before.lastIndexOf('\n');
  return {
    line: post.source.bodyLine + before.split('\n').length - 1,
    column: at - newline,
  };
}
