import { defineCollection } from 'astro:content';
import { confnotesLoaders, type LoadCatalog } from '@confnotes/content/astro';
import { contentDir } from './env.ts';

// Until `loadCatalog` ships in `@confnotes/content/node`, pages are built from a catalog made in
// code; the loader reads `content/` as soon as the module exists.
const load: LoadCatalog = async (dir) => {
  const node = (await import('@confnotes/content/node').catch(() => ({}))) as {
    loadCatalog?: LoadCatalog;
  };
  if (node.loadCatalog) return node.loadCatalog(dir);
  const { fixtureCatalog } = await import('./fixture/catalog.ts');
  return { catalog: fixtureCatalog, diagnostics: [] };
};

const loaders = confnotesLoaders({ base: contentDir, load });

export const collections = {
  posts: defineCollection({ loader: loaders.posts }),
  talks: defineCollection({ loader: loaders.talks }),
  speakers: defineCollection({ loader: loaders.speakers }),
  events: defineCollection({ loader: loaders.events }),
};
