import { defineCollection } from 'astro:content';
import { confnotesLoaders } from '@confnotes/content/astro';
import { contentDir } from './env.ts';

// Pages show the rendered HTML only: the Markdown need not sit in memory during the build.
const loaders = confnotesLoaders({ base: contentDir, retainBody: false });

export const collections = {
  posts: defineCollection({ loader: loaders.posts }),
  talks: defineCollection({ loader: loaders.talks }),
  speakers: defineCollection({ loader: loaders.speakers }),
  events: defineCollection({ loader: loaders.events }),
};
