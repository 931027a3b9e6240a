import type { Diagnostic } from '../schema/diagnostic.ts';
import type { Author } from '../schema/post.ts';
import { appendAll } from './append-all.ts';
import { decodeCharacterReferences } from './character-references.ts';
import { type At, diagnostic } from './diagnostic-codes.ts';
import type { FrontMatterData } from './front-matter-parse.ts';
import { dateProblem, normalizeDate } from './normalize-date.ts';
import { valuePosition } from './value-position.ts';

/** Front matter mapped onto the post model's names, whatever engine wrote it. */
export interface NormalizedFields {
  title?: string;
  subtitle?: string;
  date?: string;
  /** When the post was last changed, if its front matter says. */
  updated?: string;
  author?: Author;
  /** Every author, when the front matter names more than one; `author` is the first. */
  authors?: Author[];
  tags: string[];
  categories: string[];
  description?: string;
  image?: string;
  lang?: string;
  draft: boolean;
  slug?: string;
  /** An `excerpt` or `summary` written in the front matter. */
  excerpt?: string;
  extra: Record<string, unknown>;
}

type Field =
  | 'title'
  | 'subtitle'
  | 'date'
  | 'updated'
  | 'author'
  | 'authorEmail'
  | 'authorUrl'
  | 'tags'
  | 'categories'
  | 'description'
  | 'excerpt'
  | 'image'
  | 'lang'
  | 'draft'
  | 'published'
  | 'status'
  | 'slug'
  | 'taxonomies'
  | 'zolaExtra'
  | 'params';

// Key spellings across Jekyll, Hugo, Hexo, Pelican, Nikola, Zola, Astro, Gatsby and Obsidian,
// compared lower-cased with `-`, `_` and spaces removed (so `header-img`, `header_img` and
// `headerImg` agree, and Obsidian's `date created` is `dateCreated`).
const aliases: Record<string, Field> = {
  title: 'title',
  subtitle: 'subtitle',
  date: 'date',
  pubdate: 'date',
  publishdate: 'date',
  publishedat: 'date',
  datepublished: 'date',
  datecreated: 'date',
  created: 'date',
  createdat: 'date',
  // Hugo `lastmod`, Zola `updated`, Jekyll `last_modified_at`, Pelican `Modified`, Ghost
  // `updated_at` (`date_updated` converted to Markdown), schema.org `dateModified`, Astro's
  // blog template `updatedDate`, Blogger (by jekyll-import) `modified_time`.
  updated: 'updated',
  updateddate: 'updated',
  dateupdated: 'updated',
  updatedat: 'updated',
  updatedon: 'updated',
  lastmod: 'updated',
  lastmodified: 'updated',
  lastmodifiedat: 'updated',
  lastupdated: 'updated',
  modified: 'updated',
  modifiedat: 'updated',
  modifiedtime: 'updated',
  datemodified: 'updated',
  author: 'author',
  authors: 'author',
  authorname: 'author',
  authoremail: 'authorEmail',
  email: 'authorEmail',
  authorurl: 'authorUrl',
  authorlink: 'authorUrl',
  tags: 'tags',
  tag: 'tags',
  categories: 'categories',
  category: 'categories',
  description: 'description',
  desc: 'description',
  metadescription: 'description',
  excerpt: 'excerpt',
  summary: 'excerpt',
  image: 'image',
  images: 'image',
  headerimg: 'image',
  headerimage: 'image',
  bigimg: 'image',
  cover: 'image',
  coverimage: 'image',
  thumbnail: 'image',
  featuredimage: 'image',
  featureimage: 'image',
  heroimage: 'image',
  banner: 'image',
  ogimage: 'image',
  socialimage: 'image',
  lang: 'lang',
  language: 'lang',
  locale: 'lang',
  draft: 'draft',
  published: 'published',
  status: 'status',
  slug: 'slug',
  taxonomies: 'taxonomies',
  extra: 'zolaExtra',
  params: 'params',
};

type TextField =
  | 'title'
  | 'subtitle'
  | 'description'
  | 'excerpt'
  | 'lang'
  | 'slug'
  | 'date'
  | 'updated'
  | 'image';

const keyName = (key: string) => key.toLowerCase().replace(/[-_\s]/g, '');

const fieldOf = (key: string): Field | undefined => aliases[keyName(key)];

// Fields whose values, or the items of whose lists, are text: names, words, a slug.
const textFields = new Set<Field | undefined>([
  'title',
  'subtitle',
  'description',
  'excerpt',
  'lang',
  'slug',
  'author',
  'tags',
  'categories',
]);

/**
 * Whether the post model reads the value of a front-matter key as text (or a list of texts),
 * so that a number YAML finds there (`title: 1.10`) is to be kept as written.
 * @example readsAsText('Tags') === true && readsAsText('weight') === false
 */
export const readsAsText = (key: string): boolean => textFields.has(fieldOf(key));

const scalar = (v: unknown): string | undefined =>
  typeof v === 'string' ? v.trim() || undefined : typeof v === 'number' ? String(v) : undefined;

/** How a list written as one string is split, as the engine that wrote it reads lists. */
interface ListSeparators {
  /** Space-separated when there is no comma (Jekyll). */
  readonly spaces?: boolean;
  /** Semicolon-separated when there is a semicolon (Pelican: `Doe, Jane; Roe, John`). */
  readonly semicolons?: boolean;
}

const separatorOf = (text: string, { spaces, semicolons }: ListSeparators) =>
  semicolons && text.includes(';') ? ';' : spaces && !text.includes(',') ? /\s+/ : ',';

/**
 * A list written as a list, or as one comma-separated string (or as `separators` says);
 * undefined when it is neither.
 */
function stringList(v: unknown, separators: ListSeparators = {}): string[] | undefined {
  if (v === null || v === undefined) return [];
  if (typeof v === 'string')
    return v
      .split(separatorOf(v, separators))
      .map((s) => s.trim())
      .filter(Boolean);
  if (typeof v === 'number') return [String(v)];
  // An empty item (`-` alone, `~`) names nothing, as an empty value does. An item that is a
  // list is one of Hexo's category hierarchies (`- [Diary, Games]`): the categories it names.
  const items = Array.isArray(v)
    ? v.flat().filter((x) => x !== null && x !== undefined)
    : undefined;
  if (items?.every((x) => typeof x === 'string' || typeof x === 'number')) {
    return items.map((x) => String(x).trim()).filter(Boolean);
  }
  return undefined;
}

const isTable = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

function imageOf(v: unknown): string | undefined {
  if (Array.isArray(v)) return imageOf(v[0]);
  if (typeof v === 'object' && v !== null) {
    const o = v as Record<string, unknown>;
    return scalar(o.src) ?? scalar(o.url) ?? scalar(o.image) ?? scalar(o.path);
  }
  return scalar(v);
}

/**
 * Every author a value names: each of a list, or each of a comma-separated string given to a
 * plural key (`Authors: Ann One, Bob Two`, as Pelican writes them, or split as `separators`
 * says); one name otherwise.
 */
function authorsOf(v: unknown, plural: boolean, separators: ListSeparators): Author[] {
  const names = Array.isArray(v)
    ? v
    : plural && typeof v === 'string'
      ? v.split(separatorOf(v, separators))
      : [v];
  return names.flatMap((x) => {
    const author = authorOf(typeof x === 'string' ? x.trim() : x);
    return author ? [author] : [];
  });
}

/**
 * The name of a person written as an object: `name`, or as jekyll-import writes a WordPress
 * user (`display_name`, `first_name` and `last_name`, `login`) and other exports spell it.
 */
function nameOf(o: Record<string, unknown>): string | undefined {
  const full = [scalar(o.first_name ?? o.firstName), scalar(o.last_name ?? o.lastName)];
  return (
    scalar(o.name) ??
    scalar(o.display_name ?? o.displayName) ??
    scalar(o.full_name ?? o.fullName) ??
    (full.some(Boolean) ? full.filter(Boolean).join(' ') : undefined) ??
    scalar(o.login ?? o.username)
  );
}

function authorOf(v: unknown): Author | undefined {
  if (Array.isArray(v)) return authorOf(v[0]);
  if (typeof v === 'object' && v !== null) {
    const o = v as Record<string, unknown>;
    const name = nameOf(o);
    if (!name) return undefined;
    const email = scalar(o.email);
    const url = scalar(o.url) ?? scalar(o.link) ?? scalar(o.website);
    return { name, ...(email ? { email } : {}), ...(url ? { url } : {}) };
  }
  const text = scalar(v);
  if (!text) return undefined;
  // "Name <email> (url)", either part left out, as npm and git write people; words in
  // parentheses that are no web address belong to the name ("Ann One (Docker)"). Most names
  // have neither part, and the pattern's lazy name is slow to find that out.
  if (!text.includes('<') && !text.includes('(')) return { name: text };
  const match =
    /^(.*?)\s*(?:<([^<>\s]+@[^<>\s]+)>)?\s*(?:\(((?:https?:\/\/|www\.)[^\s()]+)\))?$/i.exec(text);
  if (!match?.[1] || (!match[2] && !match[3])) return { name: text };
  return {
    name: match[1],
    ...(match[2] ? { email: match[2] } : {}),
    ...(match[3] ? { url: match[3] } : {}),
  };
}

// Eleventy's dates of the file (`date: Last Modified`, `git Created`), which only the file
// system or git knows: no date is written, as with an empty value.
const fileDate = /^\s*(?:git\s+)?(?:last\s+modified|created)\s*$/i;

const truthy = (v: unknown) =>
  v === true || (typeof v === 'string' && /^(true|yes|on)$/i.test(v.trim()));
const falsy = (v: unknown) =>
  v === false || (typeof v === 'string' && /^(false|no|off)$/i.test(v.trim()));

/** How the engine that wrote the front matter reads it, where engines differ. */
export interface FieldOptions {
  /**
   * `tags` and `categories` given as a string without commas are space-separated, as Jekyll
   * reads them (`categories: jekyll update` is two categories; `category` names one).
   */
  readonly spaceSeparatedLists?: boolean;
  /**
   * Tags, categories and authors given as a string with a semicolon are split at semicolons,
   * as Pelican reads them, so that names written `Doe, Jane` stay whole.
   */
  readonly semicolonSeparatedLists?: boolean;
}

/**
 * Maps front-matter keys onto the post model (tags as a list or a comma string, `category` or
 * `categories`, the many spellings of the header image) and keeps every other key in `extra`.
 * Reports values of the wrong type and impossible dates where the value is written.
 * @example normalizeFields({ data: { tags: 'a, b' }, keys: new Map() }, 'posts/x.md').fields.tags
 */
export function normalizeFields(
  frontMatter: FrontMatterData,
  file: string,
  options: FieldOptions = {},
): { fields: NormalizedFields; diagnostics: Diagnostic[] } {
  const fields: NormalizedFields = { tags: [], categories: [], draft: false, extra: {} };
  const diagnostics: Diagnostic[] = [];
  // A value's diagnostic points at the value, where the fix is typed.
  const valueAt = (key: string): At => {
    const found = frontMatter.keys.get(key);
    if (!found) return { line: 1, column: 1 };
    return frontMatter.source ? valuePosition(frontMatter.source, found) : found;
  };
  const wrongType = (key: string, expected: string) =>
    diagnostics.push(
      diagnostic(
        'invalid-field',
        `The front-matter key \`${key}\` should be ${expected}.`,
        file,
        valueAt(key),
      ),
    );
  // The field's own name (`date`) wins over another spelling of it (`publishDate`), in
  // whichever order they come: Hugo reads both, and `date` is the post's date.
  const fill = (field: TextField, value: string | undefined, key: string) => {
    if (fields[field] === undefined || keyName(key) === field) fields[field] = value;
  };
  let authorEmail: string | undefined;
  let authorUrl: string | undefined;
  const authors: Author[] = [];

  for (const [key, value] of Object.entries(frontMatter.data)) {
    const field = fieldOf(key);
    switch (field) {
      case 'title':
      case 'subtitle':
      case 'description':
      case 'excerpt':
      case 'lang':
      case 'slug': {
        if (value !== null && value !== undefined && scalar(value) === undefined && value !== '') {
          wrongType(key, 'text');
        } else if (scalar(value) !== undefined) {
          const text = scalar(value)!;
          // What people read (not a language tag or a slug) may be written as HTML writes it.
          const shown =
            field === 'lang' || field === 'slug' ? text : decodeCharacterReferences(text);
          fill(field, shown, key);
        }
        break;
      }
      case 'date':
      case 'updated':
      case 'published': {
        // `published: no` is Jekyll's false (YAML 1.1), text to the YAML 1.2 read here.
        if (field === 'published' && (truthy(value) || falsy(value))) fields.draft ||= falsy(value);
        else if (value === null || value === '' || fileDate.test(String(value))) break;
        else {
          const date = normalizeDate(value);
          if (date) fill(field === 'updated' ? 'updated' : 'date', date, key);
          else {
            const shown = value instanceof Date ? value.toISOString() : JSON.stringify(value);
            diagnostics.push(
              diagnostic(
                'invalid-date',
                `${shown} in \`${key}\` ${dateProblem(value)}`,
                file,
                valueAt(key),
              ),
            );
          }
        }
        break;
      }
      case 'author': {
        const found = authorsOf(value, /s$/i.test(key.trim()), {
          semicolons: options.semicolonSeparatedLists,
        });
        // `author` and `authors` both given: every one they name, each once.
        for (const author of found)
          if (!authors.some((a) => a.name === author.name)) authors.push(author);
        if (!found.length && value !== null && value !== '')
          wrongType(key, 'a name, or an object with a `name`');
        break;
      }
      case 'authorEmail':
        authorEmail = scalar(value);
        break;
      case 'authorUrl':
        authorUrl = scalar(value);
        break;
      case 'tags':
      case 'categories': {
        // Jekyll splits `categories` and `tags`; its singular `category` is one name.
        const plural = /^(?:categories|tags)$/i.test(key.trim());
        const list = stringList(value, {
          spaces: options.spaceSeparatedLists && plural,
          semicolons: options.semicolonSeparatedLists,
        });
        if (list) appendAll(fields[field], list);
        else wrongType(key, 'a list of words (`[a, b]`), or a comma-separated string');
        break;
      }
      case 'image': {
        const image = imageOf(value);
        if (image) fill('image', image, key);
        break;
      }
      case 'draft':
        if (truthy(value)) fields.draft = true;
        else if (!falsy(value) && value !== null) wrongType(key, '`true` or `false`');
        break;
      case 'status':
        if (typeof value === 'string' && /^draft$/i.test(value.trim())) fields.draft = true;
        else fields.extra[key] = value;
        break;
      case 'taxonomies': {
        // Zola keeps tags and categories under [taxonomies].
        if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
          const t = value as Record<string, unknown>;
          appendAll(fields.tags, stringList(t.tags) ?? []);
          appendAll(fields.categories, stringList(t.categories ?? t.category) ?? []);
        } else fields.extra[key] = value;
        break;
      }
      case 'zolaExtra': {
        // Zola's [extra] table holds the keys it does not define: they are extra here too.
        if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
          for (const [k, v] of Object.entries(value)) fields.extra[k] ??= v;
        } else fields.extra[key] = value;
        break;
      }
      case 'params':
      case undefined:
        fields.extra[key] = value instanceof Date ? normalizeDate(value) : value;
        break;
      default:
        field satisfies never;
    }
  }
  // Hugo keeps the keys it does not define under `params`, Zola under `extra`, and themes read
  // the post's author and image there: they count where the top level gives none.
  for (const [key, value] of Object.entries(frontMatter.data)) {
    const field = fieldOf(key);
    if ((field !== 'params' && field !== 'zolaExtra') || !isTable(value)) continue;
    for (const [k, v] of Object.entries(value)) {
      const nested = fieldOf(k);
      if (nested === 'author' && !authors.length)
        appendAll(authors, authorsOf(v, /s$/i.test(k), {}));
      else if (nested === 'authorEmail') authorEmail ??= scalar(v);
      else if (nested === 'authorUrl') authorUrl ??= scalar(v);
      else if (nested === 'image' && fields.image === undefined) fields.image = imageOf(v);
    }
  }
  const [first] = authors;
  if (first && (authorEmail || authorUrl)) {
    authors[0] = {
      ...first,
      ...(authorEmail && !first.email ? { email: authorEmail } : {}),
      ...(authorUrl && !first.url ? { url: authorUrl } : {}),
    };
  }
  if (authors.length) fields.author = authors[0];
  if (authors.length > 1) fields.authors = authors;
  if (!first) {
    if (authorEmail) fields.extra.author_email = authorEmail;
    if (authorUrl) fields.extra.author_url = authorUrl;
  }
  if (fields.tags.some((t) => /^draft$/i.test(t))) fields.draft = true;
  fields.tags = [...new Set(fields.tags)];
  fields.categories = [...new Set(fields.categories)];
  return { fields, diagnostics };
}
