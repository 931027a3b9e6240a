import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { DOCS_FILES, DOCS_TYPES, type DocsAssets } from './docs-page.ts';

/**
 * Swagger UI's files from `node_modules/swagger-ui-dist`, read once and kept. Only the names in
 * `DOCS_FILES` are ever read, whatever the request asked for.
 */
export function nodeDocsAssets(): DocsAssets {
  const dir = fileURLToPath(new URL('.', import.meta.resolve('swagger-ui-dist/package.json')));
  const cache = new Map<string, Promise<{ body: Uint8Array; type: string }>>();
  return (file) => {
    if (!(DOCS_FILES as readonly string[]).includes(file)) return Promise.resolve(undefined);
    let asset = cache.get(file);
    if (!asset) {
      asset = readFile(`${dir}/${file}`).then((body) => ({
        body: new Uint8Array(body),
        type: DOCS_TYPES[file.split('.').pop() ?? ''] ?? 'application/octet-stream',
      }));
      cache.set(file, asset);
    }
    return asset;
  };
}
