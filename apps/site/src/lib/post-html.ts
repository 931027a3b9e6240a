import { headingsUnder } from './heading-levels.ts';

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

/**
 * A post's HTML as its page shows it: headings under the title, code blocks focusable, tables
 * in a scrolling box, links whose text is their address marked as such, pictures after the
 * first loaded lazily. (The core has already taken the address from a mail link that would
 * attach a file.)
 */
export function postPageHtml(html: string): string {
  return laterPictures(addressShown(headingsUnder(html)))
    .replace(codeBlock, focusableCode)
    .replace(tableOpen, `${tableBox}<table`)
    .replace(tableClose, '</table></div>');
}
