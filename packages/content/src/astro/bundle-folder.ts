// A page bundle's text is `index.md` in a folder of its own under `posts/` (Hugo, Zola, Gatsby,
// Astro), `_index.md` in Hugo's branch bundles, and `index.fr.md` for a translation, which
// shares the folder's pictures with the other languages: the same names `postId` reads as one.
const bundleText = /^(posts\/.+)\/_?index(?:\.[a-z]{2,3}(?:[-_][a-z0-9]{2,4})?)?\.[^/.]+$/i;

/**
 * The folder of the page bundle whose text is the article at `sourcePath` (from the content
 * directory), or undefined for an article that is not a bundle's text.
 * @example bundleFolder('posts/kubecon-recap/index.fr.md') // 'posts/kubecon-recap'
 * @example bundleFolder('posts/index.md') // undefined: its folder holds every post
 */
export function bundleFolder(sourcePath: string): string | undefined {
  return bundleText.exec(sourcePath)?.[1];
}
