// `npm run prepare:catalog -w @confnotes/api -- catalog.json`: writes `catalog.json.prepared`, the
// form of a catalog file the server starts from in a fraction of the time (the server also writes
// it by itself after a start that read the whole file). Run it after each export, as a deploy step.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CatalogFileError, readCatalogText } from '../src/node/catalog-file.ts';
import { writePreparedCatalog } from '../src/node/prepared-catalog.ts';

const file = process.argv[2];
if (!file) {
  console.error('Usage: prepare:catalog <catalog.json>');
  process.exit(1);
}
const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
const started = performance.now();
// A file that is missing or holds no catalog is said in a line, as the server says it.
const said = (message: string): never => {
  console.error(message);
  process.exit(1);
};
const before = await stat(path, { bigint: true }).catch((error: NodeJS.ErrnoException) =>
  error.code === 'ENOENT'
    ? said(
        `There is no catalog file at ${path}. Write one with \`npm run confnotes -- export --out <file>\`.`,
      )
    : Promise.reject(error),
);
const { catalog, text } = await readCatalogText(path).catch((error: unknown) =>
  error instanceof CatalogFileError ? said(error.message) : Promise.reject(error),
);
const target = writePreparedCatalog(path, catalog, text.tag, {
  size: Number(before.size),
  mtimeNs: before.mtimeNs.toString(),
});
console.log(`${target} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
