// What `src/server.ts` runs: reads the environment, loads the catalog, listens, and stops
// cleanly on Ctrl-C. `--reload` rebuilds the catalog when content/ changes (npm run dev).
import { readConfig, type ServerConfig } from '../env.ts';
import { CatalogFileError } from './catalog-file.ts';
import { listenErrorMessage } from './listen-error.ts';
import { type RunningServer, startServer } from './start-server.ts';

let config: ServerConfig;
try {
  config = readConfig();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

const reload = process.argv.includes('--reload');
let running: RunningServer;
try {
  running = await startServer(config, { reload });
} catch (error) {
  // A port already taken is the common mistake (a second `npm start`), and a CATALOG_FILE that
  // holds no catalog another: said in a line, not thrown as a stack trace.
  const message =
    listenErrorMessage(error, config) ??
    (error instanceof CatalogFileError ? error.message : undefined);
  if (!message) throw error;
  console.error(message);
  process.exit(1);
}
console.log(`confnotes API: ${running.url}/api  (reference: ${running.url}/api/docs)`);
if (config.siteDir)
  console.log(`site: ${running.url}${config.siteBase ?? '/'} from ${config.siteDir}`);
if (reload) console.log(`watching ${config.contentDir} for changes`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1);
    stopping = true;
    console.log('stopping');
    void running.close().then(() => process.exit(0));
  });
}
