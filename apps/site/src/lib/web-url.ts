import { plainMail } from '@confnotes/content/portable';

/**
 * A URL from content as a link target, or undefined when it is not an http(s) or mailto URL:
 * `javascript:`, `data:` and `vbscript:` URLs in front matter or curated files must never
 * become an `href`. Browsers ignore leading spaces and controls, so the check does too. A
 * mailto URL is kept only when its fields fill in a message: never one that attaches a file.
 */
export function webUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const trimmed = url.trim();
  if (/^mailto:/i.test(trimmed)) return plainMail(trimmed) ? trimmed : undefined;
  return /^https?:\/\//i.test(trimmed) ? trimmed : undefined;
}
