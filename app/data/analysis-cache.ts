import { createStore, del, get, keys, set, type UseStore } from 'idb-keyval';
import type { GraphAnalysis } from '../domain/analysis';

/**
 * A large graph's analysis (communities, their places on the map, key actors), kept in
 * IndexedDB by the SHA-256 of the file's bytes, so opening the same file again finds its
 * overview without running Louvain again. Runs in the analysis worker. Every failure
 * (no IndexedDB, no SubtleCrypto outside a secure context, a full disk) means "not
 * cached": the analysis is computed as if there were no cache.
 */

/** Raised when what the analysis holds changes, so older records are never read. */
const FORMAT = 1;

/** Analyses kept; the oldest written goes first. */
export const CACHED_ANALYSES = 4;

let store: UseStore | null = null;
function analysisStore(): UseStore {
  store ??= createStore('age-analysis', 'analyses');
  return store;
}

interface CachedAnalysis {
  written: number;
  analysis: GraphAnalysis;
}

/** The cache key of a file's bytes, or null where SubtleCrypto is not available. */
export async function contentKey(bytes: ArrayBuffer): Promise<string | null> {
  if (typeof crypto === 'undefined' || !crypto.subtle) return null;
  try {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
    return `v${FORMAT}:${Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('')}`;
  } catch {
    return null;
  }
}

export async function readCachedAnalysis(key: string): Promise<GraphAnalysis | null> {
  try {
    const record = await get<CachedAnalysis>(key, analysisStore());
    return record?.analysis ?? null;
  } catch {
    return null;
  }
}

export async function writeCachedAnalysis(key: string, analysis: GraphAnalysis, now = Date.now()): Promise<void> {
  try {
    const s = analysisStore();
    await set(key, { written: now, analysis } satisfies CachedAnalysis, s);
    const all = (await keys(s)) as string[];
    if (all.length <= CACHED_ANALYSES) return;
    const written = await Promise.all(all.map(async (k) => ({ k, at: (await get<CachedAnalysis>(k, s))?.written ?? 0 })));
    written.sort((a, b) => a.at - b.at);
    for (const { k } of written.slice(0, all.length - CACHED_ANALYSES)) await del(k, s);
  } catch {
    // Not kept: the next open computes it again.
  }
}
