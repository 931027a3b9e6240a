import { createApp } from '../src/app.ts';
import { createCatalogHolder } from '../src/catalog-holder.ts';
import { fixtureCatalog } from './fixture-catalog.ts';

/**
 * The app as a large content directory's server has it just after starting: its search index
 * is being stored beside it, and what searches waits for it (up to a minute). `waits()` counts
 * the requests that did.
 */
export function appWithIndexBeingStored() {
  let waits = 0;
  const holder = createCatalogHolder(fixtureCatalog(), {
    ready: () => {
      waits++;
      return Promise.resolve();
    },
  });
  const app = createApp(holder, { onUnexpectedError: () => {} });
  return { app, waits: () => waits };
}
