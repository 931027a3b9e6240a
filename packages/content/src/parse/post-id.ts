// Marks are dropped where they are optional accents or vowel points: on Latin, Greek and
// Cyrillic letters, and Arabic and Hebrew vowel points, which most titles leave out. In other
// scripts they are part of the letter ("ポ" and "ホ" are two letters, as are the Devanagari
// vowel signs), and dropping them made different titles one id.
const ASCII = /^[\x00-\x7f]*$/;
const OPTIONAL_MARKS =
  /([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Hebrew}])\p{M}+/gu;

/**
 * A URL-safe id: accents and vowel points dropped (not the marks other scripts' letters are
 * made of), lower case, runs of other characters turned into `-`, in composed Unicode (NFC),
 * as a URL is typed.
 * @example slugify('Dockercon EU 2015: Día Two!') === 'dockercon-eu-2015-dia-two'
 */
export function slugify(text: string): string {
  // ASCII needs no normalizing, and most ids are made of it.
  const composed = ASCII.test(text)
    ? text
    : text.normalize('NFKD').replace(OPTIONAL_MARKS, '$1').normalize('NFC');
  return (
    composed
      .toLowerCase()
      // A mark kept belongs to the letter before it; one with none is dropped.
      .replace(/(?<![\p{L}\p{N}\p{M}])\p{M}+/gu, '')
      .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
  );
}

const datePrefix = /^(\d{4})-(\d{2})-(\d{2})-/;

// A bundle's text, in a language of its own as Hugo names translations (`index.fr.md`).
const bundleIndex = /^_?index(?:\.([a-z]{2,3}(?:[-_][a-z0-9]{2,4})?))?$/i;

/**
 * The name a path gives its post: the file name without its directory and extension, or for a
 * page bundle (Hugo, Zola, Gatsby, Astro: a folder per post, its text in `index.md`, Hugo's
 * branch bundles in `_index.md`) the folder's name, since every bundle's file has the same one,
 * with the language of a bundle's translation (`index.fr.md`) apart.
 * Windows separators count too: a path made with `path.relative` there has them.
 */
const named = (path: string): { name: string; language?: string } => {
  const segments = path.split(/[\\/]/);
  const name = (segments.pop() ?? path).replace(/\.[^.]+$/, '');
  const folder = segments.at(-1);
  // `posts/index.md` is no bundle: its folder is the one all posts are in.
  const bundle = folder && !(segments.length === 1 && folder === 'posts');
  const index = bundle ? bundleIndex.exec(name) : null;
  if (!index || !folder) return { name };
  return index[1] ? { name: folder, language: index[1] } : { name: folder };
};

/** The name a path gives its post, with a bundle translation's language: `kubecon.fr`. */
const stem = (path: string) => {
  const { name, language } = named(path);
  return language ? `${name}.${language}` : name;
};

/**
 * The post id: the front matter's `slug` if any, else the file name (a page bundle's folder
 * name, for its `index.md`) without a `YYYY-MM-DD-` prefix, slugified.
 * @example postId('posts/2015-11-19-dockercon-day-two.md', undefined) === 'dockercon-day-two'
 * @example postId('posts/2015-11-19-dockercon-day-two/index.md', undefined) === 'dockercon-day-two'
 */
export function postId(path: string, slug: string | undefined): string {
  const fromSlug = slug ? slugify(slug) : '';
  if (fromSlug) return fromSlug;
  return slugify(stem(path).replace(datePrefix, '')) || slugify(stem(path)) || 'post';
}

/** The `YYYY-MM-DD` a file name (a page bundle's folder name) starts with, if it is a real date. */
export function fileNameDate(path: string): string | undefined {
  const match = datePrefix.exec(stem(path));
  if (!match) return undefined;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const real = new Date(Date.UTC(y, m - 1, d));
  return real.getUTCMonth() === m - 1 && real.getUTCDate() === d
    ? match[0].slice(0, 10)
    : undefined;
}

/**
 * The title Jekyll gives a dated post with none: its file name's words after the date, each
 * with a capital (`2015-11-19-dockercon-day-two.md` is "Dockercon Day Two").
 * @example fileNameTitle('posts/2015-11-19-dockercon-day-two.md') === 'Dockercon Day Two'
 */
export function fileNameTitle(path: string): string | undefined {
  if (!fileNameDate(path)) return undefined;
  const words = named(path)
    .name.replace(datePrefix, '')
    .split(/[-_\s]+/u)
    .filter(Boolean);
  const title = words.map((w) => w.charAt(0).toLocaleUpperCase('en') + w.slice(1)).join(' ');
  return title || undefined;
}

/**
 * Whether a path puts its post in a `_drafts` folder, where Jekyll and Hexo keep the posts they
 * do not publish.
 * @example inDraftsFolder('posts/_drafts/wip.md') === true
 */
export function inDraftsFolder(path: string): boolean {
  return path.split(/[\\/]/).slice(0, -1).includes('_drafts');
}
