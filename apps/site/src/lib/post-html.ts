import { headingsUnder } from './heading-levels.ts';
import { plainMail } from './web-url.ts';

// A code block wider than the column scrolls sideways; a keyboard can only scroll what it can
// focus, and not every browser lets it focus a scroller on its own. What the keyboard lands on
// must say what it is: a bare focusable box is announced with no name, or not at all.
const codeBlock = /<pre(?=[\s>])(?![^>]*\stabindex=)/g;
const focusableCode = '<pre tabindex="0" role="group" aria-label="Code"';
const tableBox = '<div class="table-wrap" tabindex="0" role="group" aria-label="Table">';

// A table wider than the column would otherwise squeeze its words letter by letter: it scrolls
// sideways in a box of its own, which the keyboard can focus for the same reason.
const tableOpen = /<table(?=[\s>])/g;
const tableClose = /<\/table>/g;

// Paper cannot follow a link: printed, a link shows its address after it (site.css), unless its
// text is that address already (an autolink, or one written out), which would show it twice.
const webLink = /<a href="(https?:\/\/[^"]*)"([^>]*)>([^<]*)<\/a>/g;
const address = (text: string) =>
  text
    .replace(/&#x26;|&amp;/g, '&')
    .replace(/^https?:\/\//i, '')
    .replace(/\/$/, '');
const addressShown = (html: string) =>
  html.replace(webLink, (link, href: string, rest: string, text: string) =>
    address(href) === address(text)
      ? `<a href="${href}"${rest} data-address-shown>${text}</a>`
      : link,
  );

// A recap can hold dozens of photos: each but the first loads only as the reader nears it, and
// none holds up the text while it is decoded. The first may be the largest thing in the first
// screen, which a lazy load would only delay.
const picture = /<img(?=[\s>/])/g;
const laterPictures = (html: string) => {
  let seen = 0;
  return html.replace(picture, () =>
    seen++ === 0 ? '<img decoding="async"' : '<img loading="lazy" decoding="async"',
  );
};

// A mail link of a post's text opens the reader's mail program, and some honour fields beyond
// those that fill in a message: `attach=~/.ssh/id_rsa` had Evolution, KMail and older
// Thunderbirds attach a file of the reader's. Such a link keeps its words and loses its address,
// as a `javascript:` link does. The value is read as a browser reads it: references decoded.
const mailHref = /\shref="(mailto:[^"]*)"/gi;
const REFERENCE = /&#(?:x([0-9a-f]+)|(\d+));?/gi;
const referencesDecoded = (value: string) =>
  value
    .replace(REFERENCE, (whole, hex?: string, decimal?: string) => {
      const code = Number.parseInt(hex ?? decimal!, hex ? 16 : 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    })
    .replace(/&amp;/gi, '&');
const plainMailLinks = (html: string) =>
  html.includes('mailto:')
    ? html.replace(mailHref, (attribute, href: string) =>
        plainMail(referencesDecoded(href)) ? attribute : '',
      )
    : html;

/**
 * A post's HTML as its page shows it: headings under the title, code blocks focusable, tables
 * in a scrolling box, links whose text is their address marked as such, pictures after the
 * first loaded lazily, mail links that would attach a file without their address.
 */
export function postPageHtml(html: string): string {
  return laterPictures(addressShown(plainMailLinks(headingsUnder(html))))
    .replace(codeBlock, focusableCode)
    .replace(tableOpen, `${tableBox}<table`)
    .replace(tableClose, '</table></div>');
}
