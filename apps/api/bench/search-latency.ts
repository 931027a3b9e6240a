import { type Catalog, createSearchIndex, loadSearchIndex } from '@confnotes/content/portable';

/** Queries of each kind a reader types: words in most records, rare ones, prefixes, typos. */
const QUERIES = {
  common: ['docker', 'kubernetes', 'cloud', 'production', 'team'],
  rare: ['hopper', 'lovelace', 'dockercon', 'hightower 12'],
  prefix: ['produc', 'kub', 'obs', 'sec', 'mic'],
  multi: [
    'kubernetes volume',
    'canary release',
    'edge compute cloud',
    'docker kubernetes cloud team',
  ],
  typo: ['dockr', 'kubernetis', 'observabilty'],
  none: ['zzzz', 'qqqqq'],
} as const;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/**
 * Times `search()` in process (top 20 hits with snippets) over queries of each kind, beside a
 * naive baseline that scans every post's text for the first word, in the same run; and how long
 * the index takes to build, and to load from its bytes.
 */
export function searchLatency(catalog: Catalog, rounds = 30) {
  const built = performance.now();
  const index = createSearchIndex(catalog);
  const buildMs = performance.now() - built;
  const bytes = index.toBytes();
  const loadStart = performance.now();
  loadSearchIndex(bytes);
  const loadMs = performance.now() - loadStart;
  const queries = Object.values(QUERIES).flat();
  // Warm up, so the figures are of compiled code rather than of the first calls.
  for (const query of queries) index.search(query, { limit: 20 });
  const times: number[] = [];
  // CPU time as well: on a shared machine a query's wall time also counts the time it waited for
  // a core, which is the machine's, not the index's.
  const cpuTimes: number[] = [];
  const byKind = new Map<string, number[]>();
  const baseline: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const [kind, list] of Object.entries(QUERIES)) {
      for (const query of list) {
        const cpu = process.cpuUsage();
        let start = performance.now();
        index.search(query, { limit: 20 });
        const ms = performance.now() - start;
        const used = process.cpuUsage(cpu);
        times.push(ms);
        cpuTimes.push((used.user + used.system) / 1000);
        byKind.set(kind, [...(byKind.get(kind) ?? []), ms]);
        const word = query.split(' ')[0]!;
        start = performance.now();
        catalog.posts.filter((post) => post.text.toLowerCase().includes(word)).slice(0, 20);
        baseline.push(performance.now() - start);
      }
    }
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  baseline.sort((a, b) => a - b);
  return {
    buildMs,
    loadMs,
    indexBytes: bytes.byteLength,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    cpuP50: percentile(cpuTimes, 50),
    cpuP99: percentile(cpuTimes, 99),
    kinds: [...byKind].map(([kind, list]) => {
      list.sort((a, b) => a - b);
      return { kind, p50: percentile(list, 50), p99: percentile(list, 99) };
    }),
    scanP50: percentile(baseline, 50),
    scanP99: percentile(baseline, 99),
  };
}
