import { type Catalog, createSearchIndex } from '@confnotes/content/portable';

const QUERIES = [
  'docker',
  'kubernetes volume',
  'produc',
  'scheduler',
  'dockr',
  'canary release',
  'edge compute cloud',
  'hopper',
  'observability tracing',
  'zzzz',
];

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/**
 * Times `search()` in process (top 20 hits with snippets) over varied queries, beside a naive
 * baseline that scans every post's text for the first word, in the same run.
 */
export function searchLatency(catalog: Catalog, rounds = 50) {
  const built = performance.now();
  const index = createSearchIndex(catalog);
  const buildMs = performance.now() - built;
  // Warm up, so the figures are of compiled code rather than of the first calls.
  for (const query of QUERIES) index.search(query, { limit: 20 });
  const times: number[] = [];
  const baseline: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const query of QUERIES) {
      let start = performance.now();
      index.search(query, { limit: 20 });
      times.push(performance.now() - start);
      const word = query.split(' ')[0]!;
      start = performance.now();
      catalog.posts.filter((post) => post.text.toLowerCase().includes(word)).slice(0, 20);
      baseline.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  baseline.sort((a, b) => a - b);
  return {
    buildMs,
    indexBytes: JSON.stringify(index).length,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    scanP50: percentile(baseline, 50),
    scanP99: percentile(baseline, 99),
  };
}
