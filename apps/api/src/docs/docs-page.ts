/** Serves the bytes of a file of the interactive reference (Swagger UI's dist), or undefined. */
export type DocsAssets = (file: string) => Promise<{ body: Uint8Array; type: string } | undefined>;

/** The files of Swagger UI the page loads, all from this server. */
export const DOCS_FILES = ['swagger-ui.css', 'swagger-ui-bundle.js', 'favicon-32x32.png'] as const;

/** The media type of each docs file, by extension. */
export const DOCS_TYPES: Readonly<Record<string, string>> = {
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  png: 'image/png',
};

/**
 * The reference page, served at `/api/docs`. Everything it loads is named relative to the page
 * (`docs/…`), so it works offline, behind any host name and under whatever path a proxy serves
 * the API at; the Content-Security-Policy sent with it forbids every other origin.
 */
export const docsHtml = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>confnotes API reference</title>
<link rel="icon" type="image/png" href="docs/favicon-32x32.png">
<link rel="stylesheet" href="docs/swagger-ui.css">
</head>
<body>
<div id="reference"></div>
<script src="docs/swagger-ui-bundle.js"></script>
<script src="docs/init.js"></script>
</body>
</html>
`;

// validatorUrl null: Swagger UI would otherwise send the document to validator.swagger.io. The
// document's URL is relative to the page's, as its files are.
export const docsInit = `window.ui = SwaggerUIBundle({
  url: 'openapi.json',
  dom_id: '#reference',
  validatorUrl: null,
  deepLinking: true,
  tryItOutEnabled: true,
});
`;

/** No origin but this one: scripts, styles, images and requests stay on the server. */
export const DOCS_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
