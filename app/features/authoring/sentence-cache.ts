/**
 * What each sentence draws (its mentions, proposals, evidence, arcs) is recomputed for the
 * whole document on every step, as fresh objects. A memoised sentence re-renders when its
 * props change by identity, so these caches hand back last step's list for every sentence
 * whose items are all equal to last time: only the sentences a step touched re-render.
 */

/** Whether two flat records hold the same values (compared with Object.is, key by key). */
export function sameFields(a: object, b: object): boolean {
  if (a === b) return true;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.every((k) => Object.is(ra[k], rb[k]));
}

function sameList<V>(a: readonly V[], b: readonly V[], same: (x: V, y: V) => boolean): boolean {
  return a.length === b.length && a.every((x, i) => same(x, b[i] as V));
}

/**
 * Lists by sentence id that keep their identity while their content does. `update` takes
 * this step's lists and returns them with every list equal to the previous step's replaced
 * by that previous list; a sentence with no items is left out (callers use one shared
 * empty list). Idempotent: updating twice with equal lists returns the same arrays.
 */
export class StableLists<V extends object> {
  private previous = new Map<string, readonly V[]>();

  constructor(private readonly same: (a: V, b: V) => boolean = sameFields) {}

  update(next: ReadonlyMap<string, readonly V[]>): ReadonlyMap<string, readonly V[]> {
    const out = new Map<string, readonly V[]>();
    for (const [sentence, list] of next) {
      if (list.length === 0) continue;
      const before = this.previous.get(sentence);
      out.set(sentence, before && sameList(before, list, this.same) ? before : list);
    }
    this.previous = out;
    return out;
  }
}

/** Items grouped by their sentence, in their order. */
export function bySentence<T extends { sentence: string }, V>(items: Iterable<T>, view: (item: T) => V): Map<string, V[]> {
  const out = new Map<string, V[]>();
  for (const item of items) {
    const list = out.get(item.sentence);
    if (list) list.push(view(item));
    else out.set(item.sentence, [view(item)]);
  }
  return out;
}

/**
 * Results per object (an entity, a relation) kept while the object and what else the
 * result depends on stay the same, by identity: a step makes a new object only for what
 * it changed, so only that is computed again.
 */
export class DerivedCache<K extends object, V> {
  private entries = new WeakMap<K, { deps: readonly unknown[]; value: V }>();

  get(key: K, deps: readonly unknown[], compute: () => V): V {
    const hit = this.entries.get(key);
    if (hit && hit.deps.length === deps.length && hit.deps.every((d, i) => Object.is(d, deps[i]))) return hit.value;
    const value = compute();
    this.entries.set(key, { deps, value });
    return value;
  }
}
