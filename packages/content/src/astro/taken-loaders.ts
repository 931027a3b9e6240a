/**
 * `loaders`, each noted in `taken` when it is read: a site's content config reads the loaders
 * of the collections it defines, and only those, before Astro loads any of them.
 * @example
 * const taken = new Set<string>();
 * const loaders = takenLoaders({ posts, talks }, taken);
 * defineCollection({ loader: loaders.posts }); // taken: Set { 'posts' }
 */
export function takenLoaders<T extends object>(loaders: T, taken: Set<keyof T>): T {
  const noted = {} as T;
  for (const name of Object.keys(loaders) as (keyof T)[]) {
    Object.defineProperty(noted, name, {
      enumerable: true,
      get: () => {
        taken.add(name);
        return loaders[name];
      },
    });
  }
  return noted;
}
