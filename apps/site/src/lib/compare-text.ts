// One collator for the whole build. `a.localeCompare(b)` orders the same, but sets up a collator
// on every call, which dominated sorting lists of thousands of posts.
const collator = new Intl.Collator();

/** Orders text as `localeCompare` does with the default locale. */
export const compareText = (a: string, b: string): number => collator.compare(a, b);
