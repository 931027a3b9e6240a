// The fields of a mail link that only fill in a message (RFC 6068). Mail programs honour others
// of their own too: `attach=/home/me/.ssh/id_rsa` had Evolution, KMail and older Thunderbirds
// attach a file of the reader's to the message a link on the page opened.
const MAIL_FIELDS = new Set(['to', 'cc', 'bcc', 'subject', 'body', 'in-reply-to']);

/** Whether every field of a `mailto:` URL's query is one of `MAIL_FIELDS`. */
export function plainMail(url: string): boolean {
  const query = url.indexOf('?');
  if (query < 0) return true;
  return url
    .slice(query + 1)
    .split('&')
    .every((pair) => {
      try {
        return (
          pair === '' || MAIL_FIELDS.has(decodeURIComponent(pair.split('=')[0]!).toLowerCase())
        );
      } catch {
        return false;
      }
    });
}

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
