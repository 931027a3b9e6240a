import { writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { BuiltWorker } from './build-worker.ts';

/** The Workers compatibility date the app is tested and deployed with (also in wrangler.jsonc). */
export const COMPATIBILITY_DATE = '2026-10-01';

/**
 * Writes a workerd configuration that serves a built worker on `127.0.0.1:port`, with the
 * `ASSETS` binding answered from the assets directory on disk, as Workers static assets are.
 * Returns the path of the configuration, for `workerd serve`.
 */
export async function writeWorkerdConfig(built: BuiltWorker, port: number): Promise<string> {
  const file = join(dirname(built.script), 'workerd.capnp');
  const config = `using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "main", worker = .api),
    (name = "assets", disk = (path = ${JSON.stringify(resolve(built.assets))}, writable = false)),
  ],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "main")],
);

const api :Workerd.Worker = (
  modules = [(name = "worker.js", esModule = embed ${JSON.stringify(basename(built.script))})],
  compatibilityDate = "${COMPATIBILITY_DATE}",
  bindings = [(name = "ASSETS", service = "assets")],
);
`;
  await writeFile(file, config);
  return file;
}
