// The servers under test, in their own process so the load generator does not share its event
// loop: the app on one port and, on another, a bare node:http server answering the same bytes
// (the floor). Started by api.bench.ts with fork(); talks to it over IPC.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Catalog } from '@confnotes/content/portable';
import { serve } from '@hono/node-server';
import { createApp } from '../src/app.ts';
import { hostRequired } from '../src/node/host-required.ts';
import { resolveLoadCatalog } from '../src/node/load-catalog.ts';
import { createStoredServer } from '../src/node/stored-listener.ts';
import { syntheticCatalog } from './synthetic-catalog.ts';

const [which = 'seeds', store = 'store', contentDir = ''] = process.argv.slice(2);
const catalog: Catalog =
  which === 'seeds'
    ? (await (await resolveLoadCatalog(() => {}))(contentDir)).catalog
    : syntheticCatalog(Number(which));
const app = createApp(catalog, {
  responseStore: store === 'store',
  onUnexpectedError: console.error,
});

// As the server entry serves it: stored answers written straight to the socket, after its own
// check for a Host (Node's is off there, as here; the floor keeps Node's).
const appServer = serve({
  fetch: app.fetch,
  port: 0,
  hostname: '127.0.0.1',
  serverOptions: { requireHostHeader: false },
  createServer: createStoredServer(app, hostRequired),
});
await new Promise((resolve) => appServer.once('listening', resolve));
const appPort = (appServer.address() as AddressInfo).port;

// The floor answers the same bytes on the wire: the body and every header the app sent, so the
// load generator parses identical responses and the ratio is the app's own cost.
const floorBodies = new Map<string, { body: Buffer; headers: Record<string, string> }>();
const floor = createServer((req, res) => {
  const answer = floorBodies.get(req.url ?? '');
  if (!answer) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, answer.headers);
  res.end(answer.body);
});
const floorPort = await new Promise<number>((resolve) =>
  floor.listen(0, '127.0.0.1', () => resolve((floor.address() as AddressInfo).port)),
);

process.on('message', async (message: { type: string; paths?: string[] }) => {
  if (message.type === 'prepare') {
    for (const path of message.paths ?? []) {
      const res = await app.request(path);
      floorBodies.set(path, {
        body: Buffer.from(await res.arrayBuffer()),
        headers: Object.fromEntries(res.headers),
      });
    }
    process.send?.({ type: 'prepared' });
  } else if (message.type === 'memory') {
    globalThis.gc?.();
    process.send?.({ type: 'memory', usage: process.memoryUsage() });
  } else if (message.type === 'stop') {
    appServer.close();
    floor.close();
    process.exit(0);
  }
});

process.send?.({
  type: 'ready',
  appPort,
  floorPort,
  postId: catalog.posts[Math.floor(catalog.posts.length / 2)]?.id,
  counts: {
    posts: catalog.posts.length,
    talks: catalog.talks.length,
    speakers: catalog.speakers.length,
  },
});
