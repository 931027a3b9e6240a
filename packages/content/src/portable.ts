// The part of the package that runs anywhere (browsers, edge runtimes): no file system, no
// native Markdown engine. Front ends that receive a built catalog import from here.

export { plainMail } from './parse/mail-links.ts';
export { slugify } from './parse/post-id.ts';
export * from './query/index.ts';
export * from './schema/index.ts';
export { catalogJsonSchema } from './schema/json-schema.ts';
export * from './search/index.ts';
export { printable } from './text/printable.ts';
