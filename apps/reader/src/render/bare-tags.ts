// A block of HTML that only opens or closes a container (`<div class="note">`, `</details>`,
// `<center>`) around Markdown: the Markdown inside is laid out on its own, and the tags say
// nothing a reader would read. A tag that points somewhere (an `<iframe src>`) is kept.
const TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi;
const POINTS = /\s(?:src|href|data)\s*=/i;

/** Whether `html` is nothing but tags, none of them pointing to a resource. */
export function isBareTags(html: string): boolean {
  const tags = html.match(TAG);
  if (!tags) return false;
  return html.replace(TAG, '').trim() === '' && !tags.some((tag) => POINTS.test(tag));
}
