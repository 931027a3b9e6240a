import { defaultSchema, type Schema } from 'hast-util-sanitize';

/**
 * GitHub's sanitizing rules (no `<script>`, no `on*` handlers, only http(s), mailto and a few
 * other URL schemes, so no `javascript:` or `data:`), extended for articles:
 * - `id` is not prefixed, so `#p-3` and heading anchors link into the page; footnote ids keep
 *   the `user-content-` prefix the Markdown engine already gives them. Nor are the ids that
 *   `aria-describedby` and `aria-labelledby` name, so they name the ids the page has (a
 *   footnote reference is described by the footnotes' heading, `footnote-label`);
 * - the contents of `<style>`, `<template>` and embeds are dropped, not shown as text;
 * - figures, captions and a few inline elements that recaps use are kept.
 */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  clobber: (defaultSchema.clobber ?? []).filter(
    (name) => !['id', 'ariaDescribedBy', 'ariaLabelledBy'].includes(name),
  ),
  strip: ['script', 'style', 'template', 'iframe', 'object', 'embed', 'noscript'],
  tagNames: [
    ...(defaultSchema.tagNames ?? []),
    'figure',
    'figcaption',
    'caption',
    'mark',
    'small',
    'cite',
    'abbr',
    'time',
  ],
};

/**
 * The rules for a post holding raw HTML: ids are prefixed too (`user-content-`), those the
 * post's HTML writes kept so by `restoreOwnIds`, so a `<p id="p-3">` of its own cannot stand in
 * for the anchor `#p-3` links to.
 */
export const rawHtmlSchema: Schema = {
  ...sanitizeSchema,
  clobberPrefix: 'user-content-',
  clobber: [...(sanitizeSchema.clobber ?? []), 'id'],
};
