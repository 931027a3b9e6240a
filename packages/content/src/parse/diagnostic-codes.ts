import type { Diagnostic, Severity } from '../schema/diagnostic.ts';

/** One entry of the catalog: a stable code, a title for docs, and the words a writer reads. */
export interface DiagnosticEntry {
  readonly code: string;
  readonly severity: Severity;
  readonly title: string;
  readonly message: (detail: string) => string;
  readonly hint: string;
}

// Every diagnostic the parser emits lives here, so wording stays in one voice: what happened,
// then (in the hint) what to do. No "Error:" prefix; the severity already says it. A curated
// file is named as "`talks.yaml` of the content folder": the folder is not known here, and a
// tool that knows it (the CLI) names it there instead.
export const diagnosticCodes = {
  'unreadable-file': {
    code: 'unreadable-file',
    severity: 'error',
    title: 'File cannot be read',
    message: (detail) => `The file could not be read: ${detail}.`,
    hint: 'Check that the file exists and that it is readable by the current user.',
  },
  'file-name-not-utf8': {
    code: 'file-name-not-utf8',
    severity: 'error',
    title: 'File name is not UTF-8',
    message: (detail) =>
      `The name of this ${detail} is not valid UTF-8 (the bytes shown as \\xNN), so no path, URL or id can name it: it is left out.`,
    hint: 'Rename it with a UTF-8 name; `convmv -f latin1 -t utf-8 -r --notest posts/` renames such files at once.',
  },
  'not-a-folder': {
    code: 'not-a-folder',
    severity: 'error',
    title: 'A file where a folder should be',
    message: (detail) =>
      `This is a file, where a folder of ${detail} should be: nothing is read from it.`,
    hint: 'Move the file aside and make a folder of this name for them.',
  },
  'unreadable-folder': {
    code: 'unreadable-folder',
    severity: 'error',
    title: 'Folder cannot be listed',
    message: (detail) => `The folder could not be listed (${detail}): what it holds is left out.`,
    hint: 'Check that the folder exists and that the current user may list and enter it.',
  },
  'not-a-content-folder': {
    code: 'not-a-content-folder',
    severity: 'warning',
    title: 'Folder holds no content',
    message: (detail) =>
      `The content folder holds no \`posts/\`, \`events/\`, \`speakers.yaml\` or \`talks.yaml\`: ${detail}.`,
    hint: 'Give the folder that holds `posts/` (the `base` of the Astro loaders, the folder passed to confnotes); a folder given one level too deep (`content/posts`) is the usual slip.',
  },
  'unfollowed-link': {
    code: 'unfollowed-link',
    severity: 'warning',
    title: 'Symbolic link not followed',
    message: (detail) => `This symbolic link is not followed: ${detail}.`,
    hint: 'Put the file itself in the content folder, or link to one inside it: a link out of the content folder is never read, so that content cannot reach other files of the machine.',
  },
  'invalid-encoding': {
    code: 'invalid-encoding',
    severity: 'error',
    title: 'File is not valid text',
    message: (detail) => `The article is not valid UTF-8 or UTF-16 (${detail}).`,
    hint: 'Save the file as UTF-8; most editors offer this under "Save with encoding".',
  },
  'file-too-large': {
    code: 'file-too-large',
    severity: 'error',
    title: 'File is too large to be an article',
    message: (detail) => `The article is not read: it is ${detail}.`,
    hint: 'Split the file into several articles, or check that it is really an article and not data or a build output.',
  },
  'binary-file': {
    code: 'binary-file',
    severity: 'error',
    title: 'File is not text',
    message: (detail) => `The file is not read as an article: ${detail}.`,
    hint: 'Move binary files (images, archives) out of `posts/`, or give them their own extension.',
  },
  'decoded-as-latin-1': {
    code: 'decoded-as-latin-1',
    severity: 'warning',
    title: 'File is Latin-1, not UTF-8',
    message: () => 'The article is not UTF-8; it is read as Latin-1 (Windows-1252).',
    hint: 'Save the file as UTF-8 so every tool reads its accents the same way.',
  },
  'nul-character': {
    code: 'nul-character',
    severity: 'warning',
    title: 'NUL character in the text',
    message: () =>
      'The article holds a NUL character; it is read as U+FFFD, the replacement character.',
    hint: 'Remove the NUL characters; they usually come from a bad copy or a broken editor plugin.',
  },
  'control-character': {
    code: 'control-character',
    severity: 'warning',
    title: 'Control character in the text',
    message: (detail) =>
      `The file holds control characters (the first: ${detail}); each is read as U+FFFD, the replacement character.`,
    hint: 'Remove the control characters; they come from terminal output or a bad copy, and no page shows them.',
  },
  'too-deeply-nested': {
    code: 'too-deeply-nested',
    severity: 'error',
    title: 'Lists, quotes or emphasis nested too deeply',
    message: (detail) => `The article nests ${detail}.`,
    hint: 'Flatten the lists, quotes or emphasis at this position; no real article needs this many levels.',
  },
  'unclosed-front-matter': {
    code: 'unclosed-front-matter',
    severity: 'error',
    title: 'Front matter is not closed',
    message: (detail) => `The front matter opened here is never closed; expected a line ${detail}.`,
    hint: 'Add the closing fence on its own line between the front matter and the article body.',
  },
  'invalid-yaml': {
    code: 'invalid-yaml',
    severity: 'error',
    title: 'Invalid YAML front matter',
    message: (detail) => `The YAML front matter cannot be parsed: ${detail}`,
    hint: 'Fix the YAML at this position; quote values that contain a colon followed by a space, or start with [, {, * or &.',
  },
  'invalid-toml': {
    code: 'invalid-toml',
    severity: 'error',
    title: 'Invalid TOML front matter',
    message: (detail) => `The TOML front matter cannot be parsed: ${detail}`,
    hint: 'Fix the TOML at this position; strings need double or single quotes, and keys need `=`.',
  },
  'invalid-json': {
    code: 'invalid-json',
    severity: 'error',
    title: 'Invalid JSON front matter',
    message: (detail) => `The JSON front matter cannot be parsed: ${detail}`,
    hint: 'Fix the JSON at this position; keys and strings need double quotes and there is no trailing comma.',
  },
  'front-matter-not-a-map': {
    code: 'front-matter-not-a-map',
    severity: 'error',
    title: 'Front matter is not a set of keys',
    message: (detail) => `${detail}.`,
    hint: 'Write the front matter as keys and values, e.g. `title: My talk notes`.',
  },
  'missing-title': {
    code: 'missing-title',
    severity: 'error',
    title: 'Post has no title',
    message: (detail) => `The post has no title${detail}.`,
    hint: 'Add a `title` key to the front matter, e.g. `title: DockerCon EU 2015, day two`, or open the body with the title as a `# heading`.',
  },
  'duplicate-key': {
    code: 'duplicate-key',
    severity: 'warning',
    title: 'A header key is given twice',
    message: (detail) => `The key ${detail}.`,
    hint: 'Remove one, or give every value on one line: `Tags: docker, swarm`.',
  },
  'title-from-file-name': {
    code: 'title-from-file-name',
    severity: 'warning',
    title: 'Post titled from its file name',
    message: (detail) =>
      `The post has no title, so it takes ${detail} from its file name, as Jekyll titles a dated post.`,
    hint: 'Add a `title` key to the front matter, or open the body with the title as a `# heading`.',
  },
  'invalid-date': {
    code: 'invalid-date',
    severity: 'error',
    title: 'Date cannot be read',
    message: (detail) => `The date ${detail}.`,
    hint: 'Write the date as YYYY-MM-DD, optionally with a time and offset: 2015-11-19T08:50:20+01:00.',
  },
  'invalid-field': {
    code: 'invalid-field',
    severity: 'error',
    title: 'Front-matter field has the wrong type',
    message: (detail) => `${detail}`,
    hint: 'Change the value to what the message asks for; a value in quotes is always text.',
  },
  'malformed-link': {
    code: 'malformed-link',
    severity: 'warning',
    title: 'Link is not written as Markdown expects',
    message: (detail) => `This looks like a link, but Markdown reads it as plain text: ${detail}.`,
    hint: 'Write links as [text](url), with no space between `]` and `(` and the text inside the brackets.',
  },
  'comment-in-value': {
    code: 'comment-in-value',
    severity: 'warning',
    title: 'A YAML comment cut a value short',
    message: (detail) =>
      `YAML reads \` #\` as the start of a comment, so ${detail}; the rest of the line is left out.`,
    hint: 'Put the whole value in quotes to keep it: title: "My #1 talk".',
  },
  'template-tag': {
    code: 'template-tag',
    severity: 'warning',
    title: 'Template tag from another engine',
    message: (detail) =>
      `The template tag ${detail} belongs to another site engine; it is left out of the text and HTML.`,
    hint: 'Replace the tag with Markdown (an image, a link) or remove it.',
  },
  'unclosed-template-tag': {
    code: 'unclosed-template-tag',
    severity: 'warning',
    title: 'Template tag that never closes',
    message: (detail) =>
      `The template tag ${detail} never closes in its paragraph; it is shown as written.`,
    hint: 'Close the tag (`%}`, `>}}`) on its own lines, or remove it.',
  },
  'duplicate-id': {
    code: 'duplicate-id',
    severity: 'warning',
    title: 'Two posts have the same id',
    message: (detail) => `${detail}`,
    hint: 'Give one of the posts a distinct `slug` in its front matter, or rename the file.',
  },
  'invalid-record': {
    code: 'invalid-record',
    severity: 'error',
    title: 'Invalid curated record',
    message: (detail) => `This curated record is not valid and is left out: ${detail}`,
    hint: 'Fix the field named here; the format of events, speakers.yaml and talks.yaml is in the README of @confnotes/content.',
  },
  'invalid-records-file': {
    code: 'invalid-records-file',
    severity: 'error',
    title: 'Curated file is not valid YAML',
    message: (detail) =>
      `The whole file is ignored until its YAML syntax error is fixed: ${detail}`,
    hint: 'Fix the YAML syntax at this line (a quote or bracket left open, indentation by tabs, a `key:` with no space after the colon); the format of events, speakers.yaml and talks.yaml is in the README of @confnotes/content.',
  },
  'unused-correction': {
    code: 'unused-correction',
    severity: 'warning',
    title: 'Curated correction matches nothing',
    message: (detail) =>
      `This curated ${detail} matches nothing the posts report, so it changes nothing.`,
    hint: 'Check its spelling (and its `match` list) against the posts: a correction applies to the talk or speaker whose title or name it gives; remove it if no post reports it any more.',
  },
  'talk-without-speaker': {
    code: 'talk-without-speaker',
    severity: 'info',
    title: 'Talk with no speaker',
    message: (detail) => `The talk "${detail}" has no speaker in any post.`,
    hint: 'Name who gave it next to the title ("by Name"), or add `speakers` for it in `talks.yaml` of the content folder.',
  },
  'possible-duplicate-talk': {
    code: 'possible-duplicate-talk',
    severity: 'warning',
    title: 'Two near-identical talks were kept apart',
    message: (detail) => `${detail}`,
    hint: 'If they are one talk, list both titles under `match` of one entry in `talks.yaml` of the content folder.',
  },
  'speaker-first-name-only': {
    code: 'speaker-first-name-only',
    severity: 'info',
    title: 'Speaker known only by a first name',
    message: (detail) => `The speaker "${detail}" is known only by a first name.`,
    hint: 'Write the full name once in the post, or add the person to `speakers.yaml` of the content folder with `match`.',
  },
  'broken-reference': {
    code: 'broken-reference',
    severity: 'error',
    title: 'Broken reference in the catalog',
    message: (detail) => `${detail}`,
    hint: 'This is a bug in confnotes: please report it with the content that caused it.',
  },
} as const satisfies Record<string, DiagnosticEntry>;

export type DiagnosticCode = keyof typeof diagnosticCodes;

/** Where a diagnostic points: 1-based line and column in the file. */
export interface At {
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
}

/**
 * Builds a diagnostic from the catalog.
 * @example diagnostic('missing-title', '', 'posts/x.md', { line: 1, column: 1 })
 */
export function diagnostic(
  code: DiagnosticCode,
  detail: string,
  file: string,
  at: At,
  hint?: string,
): Diagnostic {
  const entry: DiagnosticEntry = diagnosticCodes[code];
  return {
    severity: entry.severity,
    code: entry.code,
    message: entry.message(detail),
    hint: hint ?? entry.hint,
    file,
    line: Math.max(1, at.line),
    column: Math.max(1, at.column),
    ...(at.endLine ? { endLine: at.endLine } : {}),
    ...(at.endColumn ? { endColumn: at.endColumn } : {}),
  };
}
