import type { Root } from 'mdast';
import { recordingSpans } from './media-elements.ts';
import { findTemplateTags, type TemplateTag, withSpans } from './template-tags.ts';
import { wordpressShortcodes } from './wordpress-shortcodes.ts';

/**
 * The spans of a body that other engines render and Markdown does not, in document order: its
 * template tags (see `findTemplateTags`, whose `unclosed` this fills), its `<video>` and
 * `<audio>` elements and its WordPress shortcodes; where two overlap, the first of those kinds.
 * @example bodySpans('[youtube https://youtu.be/x]', parseMarkdown('[youtube https://youtu.be/x]')).length === 1
 */
export function bodySpans(body: string, tree: Root, unclosed?: TemplateTag[]): TemplateTag[] {
  const tags = findTemplateTags(body, tree, unclosed);
  return withSpans(withSpans(tags, recordingSpans(body, tree)), wordpressShortcodes(body, tree));
}
