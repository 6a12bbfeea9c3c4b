/** Disjoint sets over string keys: the names that turned out to be one entity. */
export class UnionFind {
  private readonly parent = new Map<string, string>();

  find(key: string): string {
    let root = key;
    for (let p = this.parent.get(root); p !== undefined && p !== root; p = this.parent.get(root)) root = p;
    // Path compression keeps later finds short.
    for (let k = key, p = this.parent.get(k); p !== undefined && p !== root; k = p, p = this.parent.get(k)) this.parent.set(k, root);
    if (!this.parent.has(key)) this.parent.set(key, key);
    return root;
  }

  /** Joins the sets of a and b; the root of `a` stays the root. */
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }

  has(key: string): boolean {
    return this.parent.has(key);
  }
}
