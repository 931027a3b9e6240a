// The fields of a mail link that only fill in a message (RFC 6068). Mail programs honour others
// of their own too: `attach=/home/me/.ssh/id_rsa` had Evolution, KMail and older Thunderbirds
// attach a file of the reader's to the message a link of a post opened.
const MAIL_FIELDS = new Set(['to', 'cc', 'bcc', 'subject', 'body', 'in-reply-to']);

/**
 * Whether every field of a `mailto:` URL's query only fills in a message (`to`, `cc`, `bcc`,
 * `subject`, `body`, `in-reply-to`): never one that has the mail program attach a file.
 * @example plainMail('mailto:a@example.org?subject=Hi') // true
 * @example plainMail('mailto:a@example.org?attach=~/.ssh/id_rsa') // false
 */
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

// The printers write a link's scheme as it is, in any case the author wrote it.
const MAILTO = /mailto:/i;
const MAIL_HREF = /\shref="(mailto:[^"]*)"/gi;
const REFERENCE = /&#(?:x([0-9a-f]+)|(\d+));?/gi;
// The value as a browser reads it: `&#x61;ttach` is `attach`.
const referencesDecoded = (value: string) =>
  value
    .replace(REFERENCE, (whole, hex?: string, decimal?: string) => {
      const code = Number.parseInt(hex ?? decimal!, hex ? 16 : 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    })
    .replace(/&amp;/gi, '&');

/**
 * Printed HTML with each mail link that is not `plainMail` left without its address: it keeps
 * its words, as a `javascript:` link does.
 * @example withPlainMailLinks('<a href="mailto:a@b?attach=x">mail</a>') // '<a>mail</a>'
 */
export function withPlainMailLinks(html: string): string {
  if (!MAILTO.test(html)) return html;
  return html.replace(MAIL_HREF, (attribute, href: string) =>
    plainMail(referencesDecoded(href)) ? attribute : '',
  );
}
