// Word lists and syllables the generator combines into names, titles and prose. Made up for
// the generator: nothing here comes from a real article.
import { capitalize, chance, int, pick, type Random } from './random.ts';

const SYLLABLES =
  'ka lo mi ra ven dor sa li tor ne bri an el jo mar ta qui ro sel wyn ha dri fen ul os ber ga ni pel zu vi len tas mo rek sil ad hu cor bel nai fa thi gun da ke'.split(
    ' ',
  );

export const ADJECTIVES =
  'gentle quiet fearless boring tiny hidden elastic durable patient honest lazy careful stateless humble sturdy shared frugal silent eager modest reliable portable layered brittle curious'.split(
    ' ',
  );
export const NOUNS =
  'queues pipelines caches schedulers compilers gateways ledgers sensors proxies runtimes registries workflows indexes migrations dashboards retries contracts schemas sandboxes buffers streams clusters shards replicas tracers budgets kernels builds releases alerts incidents'.split(
    ' ',
  );
export const GERUNDS =
  'scaling taming debugging shipping tracing testing measuring securing observing rewriting sharding profiling caching deploying migrating untangling refactoring hardening replaying'.split(
    ' ',
  );
const PREPOSITIONS = ['without', 'beyond', 'at', 'for', 'across', 'under', 'behind', 'after'];

/** A made-up word from syllables ("Kaloven"). */
export function coined(r: Random, min = 2, max = 3): string {
  let word = '';
  for (let i = int(r, min, max); i > 0; i--) word += pick(r, SYLLABLES);
  return capitalize(word);
}

/** A person's name: a coined first and last name, sometimes with an accent. */
export function personName(r: Random): string {
  const first = coined(r, 2, 2);
  let last = coined(r, 2, 3);
  if (chance(r, 0.12)) last = last.replace(/e(?=[a-z])/, 'é');
  return `${first} ${last}`;
}

const titleCase = (words: string[]) => words.map(capitalize).join(' ');

/** A talk title, often with a subtitle after a colon that posts may leave out. */
export function talkTitle(r: Random): string {
  const project = coined(r, 2, 3);
  const main = pick(r, [
    () => titleCase([pick(r, ADJECTIVES), pick(r, NOUNS)]),
    () => titleCase([pick(r, GERUNDS), project, pick(r, NOUNS)]),
    () =>
      `${titleCase([pick(r, GERUNDS), pick(r, NOUNS)])} ${pick(r, PREPOSITIONS)} ${titleCase([pick(r, NOUNS)])}`,
    () => `The ${titleCase([pick(r, ADJECTIVES), pick(r, NOUNS)])} of ${project}`,
  ])();
  if (!chance(r, 0.45)) return main;
  return `${main}: ${titleCase([pick(r, GERUNDS), pick(r, ADJECTIVES), pick(r, NOUNS)])}`;
}

const FILLER_SUBJECTS = [
  'the team',
  'our build',
  'the audience',
  'every slide',
  'the demo',
  'the hallway track',
  'the second room',
  'this approach',
];
const FILLER_VERBS = [
  'moved',
  'measured',
  'questioned',
  'simplified',
  'compared',
  'rewrote',
  'explained',
  'revisited',
];

/** A plain sentence of prose with no names or titles in it. */
export function sentence(r: Random): string {
  const words = [
    pick(r, FILLER_SUBJECTS),
    pick(r, FILLER_VERBS),
    'the',
    pick(r, ADJECTIVES),
    pick(r, NOUNS),
  ];
  for (let i = int(r, 2, 10); i > 0; i--)
    words.push(
      pick(r, ['and', 'with', 'while', 'so', 'then']),
      pick(r, ['a', 'the', 'some']),
      pick(r, NOUNS),
    );
  const text = words.join(' ');
  return `${capitalize(text)}.`;
}

export const paragraph = (r: Random, sentences = int(r, 2, 5)): string =>
  Array.from({ length: sentences }, () => sentence(r)).join(' ');
