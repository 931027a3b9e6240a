import { defineCollection } from 'astro:content';
import { confnotesLoaders } from '@confnotes/content/astro';
import { contentDir } from './env.ts';

const loaders = confnotesLoaders({ base: contentDir });

export const collections = {
  posts: defineCollection({ loader: loaders.posts }),
  talks: defineCollection({ loader: loaders.talks }),
  speakers: defineCollection({ loader: loaders.speakers }),
  events: defineCollection({ loader: loaders.events }),
};
