/** Disjoint sets over 0..n-1; `find` keeps the smallest index as the root, so groups are stable. */
export class UnionFind {
  readonly #parent: number[];

  constructor(n: number) {
    this.#parent = Array.from({ length: n }, (_, i) => i);
  }

  find(i: number): number {
    let r = i;
    while (this.#parent[r] !== r) r = this.#parent[r]!;
    for (let j = i; this.#parent[j] !== r; ) {
      const next = this.#parent[j]!;
      this.#parent[j] = r;
      j = next;
    }
    return r;
  }

  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    if (ra < rb) this.#parent[rb] = ra;
    else this.#parent[ra] = rb;
  }

  groups(): number[][] {
    const out = new Map<number, number[]>();
    for (let i = 0; i < this.#parent.length; i++) {
      const r = this.find(i);
      if (!out.has(r)) out.set(r, []);
      out.get(r)!.push(i);
    }
    return [...out.values()];
  }
}
