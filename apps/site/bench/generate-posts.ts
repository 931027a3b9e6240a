// Writes N Markdown posts shaped like real conference recaps (YAML front matter, talks named in
// bold with their speakers and handles, a few sections), deterministic for a given N.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const words =
  'container cluster volume network registry image build deploy service secret scheduler kernel namespace cgroup pipeline release observability latency storage security runtime orchestration rollout'.split(
    ' ',
  );
const topics =
  'Kubernetes Postgres Kafka Rust WebAssembly GraphQL Terraform Prometheus eBPF Redis Envoy Istio Nix Deno Elixir Erlang Haskell OCaml Spark Flink Cassandra SQLite gRPC OpenTelemetry Vault Consul Nomad Ceph ZFS Wayland'.split(
    ' ',
  );
const verbs =
  'Scaling Debugging Securing Migrating Observing Testing Shipping Profiling Rewriting Operating Taming Benchmarking'.split(
    ' ',
  );
const objects =
  'monoliths pipelines clusters queries builds deployments caches schedulers storage engines edge networks data lakes feature flags'.split(
    ' ',
  );
// Enough names that each talk of a 10,000-post corpus has its own speaker, as at a real
// conference: with fewer, one name would stand for many people and its page for a tenth of all posts.
const first =
  'Ada Grace Linus Margaret Ken Barbara Dennis Frances Radia Guido Anita Bjarne Sophie Yukihiro Hedy Alan Edsger Donald Leslie John Tim Vint Whitfield Shafi Silvio Judea Yann Fei Andrew Jeff Sanjay Rob Russ Brian Bram Larry Rasmus Jose Chris Katherine'.split(
    ' ',
  );
const last =
  'Lovelace Hopper Torvalds Hamilton Thompson Liskov Ritchie Allen Perlman Rossum Borg Stroustrup Wilson Matsumoto Lamarr Turing Dijkstra Knuth Lamport Backus Berners Cerf Diffie Goldwasser Micali Pearl LeCun Li Ng Dean Ghemawat Pike Cox Kernighan Moolenaar Wall Lerdorf Valim Lattner Johnson Okafor Nakamura Petrov Silva Kowalski Haddad Lindqvist Moreau Castillo Fischer'.split(
    ' ',
  );

/** A small deterministic generator, so two runs write the same posts. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function generatePosts(dir: string, count: number): void {
  const rand = random(count);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const sentence = (n: number) => {
    const s = Array.from({ length: n }, () => pick(words)).join(' ');
    return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
  };
  // Titles as varied as a real programme: several shapes over a wide vocabulary, all distinct.
  const shapes = [
    () => `${pick(verbs)} ${pick(objects)} with ${pick(topics)}`,
    () => `${pick(topics)} in production: lessons from ${pick(topics)}`,
    () => `Why we moved from ${pick(topics)} to ${pick(topics)}`,
    () => `${pick(verbs)} ${pick(topics)} at ${1 + Math.floor(rand() * 900)} requests a second`,
    () => `A year of ${pick(topics)} and ${pick(objects)}`,
  ];
  const titles = new Set<string>();
  const talks = Array.from({ length: Math.max(20, Math.round(count / 5)) }, (_, i) => {
    let title = pick(shapes)();
    while (titles.has(title)) title = pick(shapes)();
    titles.add(title);
    const speaker = `${first[i % first.length]} ${last[Math.floor(i / first.length) % last.length]}`;
    return { title, speaker, handle: `${speaker.toLowerCase().replace(/[^a-z]/g, '')}${i}` };
  });
  mkdirSync(join(dir, 'posts'), { recursive: true });
  mkdirSync(join(dir, 'events'), { recursive: true });
  writeFileSync(
    join(dir, 'events', 'benchconf-2024.yaml'),
    'id: benchconf-2024\nname: BenchConf 2024\nyear: 2024\nlocation: Lyon, France\nstart: 2024-05-14\nend: 2024-05-16\n',
  );
  for (let i = 0; i < count; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0');
    const parts = [0, 1, 2].map(() => {
      const talk = pick(talks);
      return [
        // Recaps often head a section with the talk's title, as these do.
        `## ${talk.title}`,
        `${talk.speaker} ([@${talk.handle}](https://twitter.com/${talk.handle})) spoke about **${talk.title}**. ${sentence(14)} ${sentence(10)}`,
        `- ${sentence(8)}\n- ${sentence(9)}\n- ${sentence(7)}`,
        `${sentence(20)} ${sentence(16)} ${sentence(12)}`,
      ].join('\n\n');
    });
    const body = [`${sentence(18)} ${sentence(12)}`, ...parts, sentence(15)].join('\n\n');
    writeFileSync(
      join(dir, 'posts', `post-${String(i).padStart(5, '0')}.md`),
      `---\ntitle: "Notes from BenchConf, part ${i + 1}"\ndate: 2024-${month}-${day}\nauthor: ${pick(first)} ${pick(last)}\ntags: [${pick(words)}, ${pick(words)}]\n---\n\n${body}\n`,
    );
  }
}
