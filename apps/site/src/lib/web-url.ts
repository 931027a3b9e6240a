/**
 * A URL from content as a link target, or undefined when it is not an http(s) or mailto URL:
 * `javascript:`, `data:` and `vbscript:` URLs in front matter or curated files must never
 * become an `href`. Browsers ignore leading spaces and controls, so the check does too.
 */
export function webUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const trimmed = url.trim();
  return /^(https?:\/\/|mailto:)/i.test(trimmed) ? trimmed : undefined;
}
