import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lookup } from 'mrmime';
import { hasUnprintable, printable } from '../text/printable.ts';

// A page bundle's files and the content's `static/` are published at the site's own origin, as
// the author wrote them. A file a browser runs as a page or a script when it is opened at its
// address would run the author's code there, with the site's cookies and storage, where no post
// may run any: an HTML page, a script, an XML document that names a stylesheet to run, or an
// SVG picture that holds a script or an event handler. Such files are not published. An SVG
// without any is, as a post shows diagrams in it; an `<img>` never runs an SVG's scripts, but
// its address opened in a tab does.

// Typed by hosts as a page, a script or an XML document, whatever the file holds.
const DOCUMENT = /\.(?:html?|xhtml|xht|shtml|mht|mhtml|xml|xsl|xslt|js|mjs|cjs|svgz)$/i;
const SVG = /\.svg$/i;
// Any other name a host types so, by the table hosts and servers use (`schema.rng` and
// `a.xsd` as `application/xml`, which a browser runs the XHTML scripts of; `a.ecma` as a script
// such a document may load).
const DOCUMENT_TYPE = /html|xml|javascript|ecmascript/i;

// Character references, which XML reads in attribute values (`java&#x73;cript:`).
const REFERENCE = /&(?:#x([0-9a-f]+)|#(\d+)|(lt|gt|amp|quot|apos));?/gi;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
// What a URL's scheme may hold in between its letters and a browser drops: tabs, line ends,
// controls and spaces.
const IGNORED = /[\u0000-\u0020\u007f-\u009f]/g;
// Elements that run, embed or send away a page, with or without a namespace prefix
// (`<html:script>`): scripts, frames and plug-ins, a refresh or a base address that takes the
// reader elsewhere, a form that posts what they type; entities of a DTD (which can spell
// anything) and stylesheets that could run XSLT. HTML inside `<foreignObject>` is not held for
// itself: draw.io and Mermaid write their labels so, and the rest of HTML's elements run
// nothing without a handler or a script link, which are held wherever they are.
const ACTIVE =
  /<(?:[\w.-]+:)?(?:script|iframe|frame|frameset|embed|object|applet|portal|fencedframe|handler|listener|meta|base|link|form)\b|<!entity|xml-stylesheet/i;
// A link that runs what it holds, once what a browser drops from a scheme is dropped.
const SCHEME = /(?:java|vb)script:/i;
// An event handler attribute (`onload=`, `onclick =`), its name after a space, a quote or a `/`.
const HANDLER = /[\s"'/]on[a-z]+\s*=/i;

const decoded = (text: string) =>
  text.replace(REFERENCE, (whole, hex?: string, decimal?: string, name?: string) => {
    if (name) return NAMED[name.toLowerCase()]!;
    const code = Number.parseInt(hex ?? decimal!, hex ? 16 : 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });

/** Whether an SVG's text holds anything a browser would run when the picture is opened alone. */
export function svgRuns(text: string): boolean {
  const read = decoded(text);
  return HANDLER.test(read) || ACTIVE.test(read) || SCHEME.test(read.replace(IGNORED, ''));
}

/**
 * Whether the file at `path` (its name is enough, but for an SVG, which is read) is one a
 * browser runs as a page or a script when its address is opened: not to be published at the
 * site's origin. An SVG that cannot be read is counted as one.
 * @example runsInBrowser('static/notes.html') // true
 * @example runsInBrowser('static/diagram.svg') // false, for a picture without scripts
 */
export function runsInBrowser(path: string): boolean {
  if (DOCUMENT.test(path)) return true;
  if (!SVG.test(path)) return DOCUMENT_TYPE.test(lookup(path) ?? '');
  try {
    return svgRuns(readFileSync(path, 'utf8'));
  } catch {
    return true;
  }
}

// Files a static host reads as its own settings at the root of the site it serves, not as files
// to serve: Netlify's and Cloudflare Pages' `_headers` (which could type a picture the author
// wrote a script into as a page) and `_redirects` (which could send every page elsewhere),
// Cloudflare Pages' `_routes.json` and `_worker.js` (code run on the server), Azure Static Web
// Apps' `staticwebapp.config.json`, and the settings files of Netlify and Vercel.
const HOST_SETTINGS = new Set([
  '_headers',
  '_redirects',
  '_routes.json',
  '_worker.js',
  'staticwebapp.config.json',
  'netlify.toml',
  'vercel.json',
]);

/** Whether `file` (a path from `static/`) is one a static host reads as its settings. */
export const isHostSettings = (file: string) => HOST_SETTINGS.has(file.split('/')[0]!);

/**
 * Whether a file of a bundle or of `static/` (its path from there, `/`-separated) is left out
 * of the site: one a browser would run (`runsInBrowser`), a static host's settings
 * (`isHostSettings`), or one whose name holds control characters, which no link names and which
 * the build would print to a terminal as escape sequences (Astro lists every file it writes).
 */
export const heldFromSite = (file: string, path: string) =>
  hasUnprintable(file) || isHostSettings(file) || runsInBrowser(path);

/**
 * The warning for a file of a bundle or of `static/` left out as `heldFromSite`: `file` its path
 * from there, `where` the folder it is in, as the warning names it.
 */
export function heldWarning(where: string, file: string): string {
  const shown = printable(join(where, file));
  if (hasUnprintable(file))
    return `${shown} is not published: its name holds control characters, which a terminal would read as commands. Rename it.`;
  if (isHostSettings(file))
    return `${shown} is not published: a static host would read it as the site's settings (its headers, redirects or server code), which are not the content's to set.`;
  return `${shown} is not published: a browser opening it would run it as a page or a script of the site (HTML, JavaScript, XML, or an SVG with a script or an event handler). Link to it where it is online, or keep it out of the content.`;
}
