/**
 * The headers every answer of the API carries to keep a browser from treating it as a page, in
 * the forms the Node server needs where it answers before the app (a URL or head over its
 * limits, broken HTTP): JSON is never sniffed as HTML, and it may load nothing nor be framed.
 */
export const REFUSAL_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
} as const;
