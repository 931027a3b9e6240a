// The commands other tools name what confnotes does (`contentlayer build`, `eslint`,
// `markdownlint`, `astro check`): someone used to them types theirs first, and a typo's guess
// (`Did you mean`) would not find ours, which look nothing like them.
const MEANT: Readonly<Record<string, string>> = {
  build: 'export',
  compile: 'export',
  generate: 'export',
  dump: 'export',
  lint: 'check',
  validate: 'check',
  verify: 'check',
};

const WHAT: Readonly<Record<string, string>> = {
  export: 'builds the catalog and prints it as JSON (`--out file` writes it to a file)',
  check: 'validates the articles and prints their diagnostics',
};

/**
 * What to say of a command another tool has for what a confnotes command does, as a sentence
 * to append to the message, or '' for any other name.
 * @example commandOfOtherTools('build') // ' `confnotes export` builds the catalog and prints it as JSON (…).'
 */
export function commandOfOtherTools(name: string): string {
  const meant = MEANT[name.toLowerCase()];
  return meant ? ` \`confnotes ${meant}\` ${WHAT[meant]}.` : '';
}
