import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Catalog } from '@confnotes/content/portable';
import type { LoadCatalog } from './load-catalog.ts';

const LISTS = ['posts', 'talks', 'speakers', 'events', 'diagnostics'] as const;

/**
 * Reads a catalog built earlier (`confnotes export`, or the Workers build's `catalog.json`), so a
 * large one starts serving without parsing any article. Its shape is checked (version and lists),
 * not every record: the file is one the core wrote and validated, and checking 50,000 posts again
 * would take longer than the whole start-up is allowed.
 * @example const catalog = await readCatalogFile('dist/catalog.json');
 */
export async function readCatalogFile(file: string): Promise<Catalog> {
  return (await readCatalogText(file)).catalog;
}

async function readCatalogText(
  file: string,
): Promise<{ catalog: Catalog; text: { json: string; tag: string } }> {
  const bytes = await readFile(file);
  // A native digest of the bytes: several times faster than hashing the text in JavaScript, which
  // counts at 50,000 posts.
  const tag = createHash('sha1').update(bytes).digest('hex').slice(0, 24);
  const text = bytes.toString('utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`CATALOG_FILE ${file} is not JSON: ${(error as Error).message}`);
  }
  const catalog = json as Partial<Record<string, unknown>> | null;
  const missing = LISTS.find((list) => !Array.isArray(catalog?.[list]));
  if (catalog?.version !== 1 || missing) {
    throw new Error(
      `CATALOG_FILE ${file} is not a confnotes catalog (version 1 with ${LISTS.join(', ')})${missing ? `: it has no ${missing} list` : ''}. Write one with \`npx confnotes export --out <file>\`.`,
    );
  }
  return { catalog: json as Catalog, text: { json: text, tag } };
}

/** A `LoadCatalog` that reads one catalog file, whatever directory it is asked for. */
export function catalogFileLoader(file: string): LoadCatalog {
  return async () => {
    const { catalog, text } = await readCatalogText(file);
    return { catalog, diagnostics: catalog.diagnostics, text };
  };
}
