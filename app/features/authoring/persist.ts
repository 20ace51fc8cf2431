import type { History } from '../../domain/annotation/history';

/**
 * The draft kept in the browser's IndexedDB: written after every step, read once on
 * start. Raw IndexedDB (no dependency): one database, one store, one record.
 */

export type StoredMode = 'intake' | 'annotate' | 'preview' | 'off';
export interface StoredDraft {
  history: History;
  mode: StoredMode;
}

const DB = 'age-authoring';
const STORE = 'drafts';
const KEY = 'current';
/** Undo steps kept across a reload: each is a whole document, so not all 200. */
const STORED_STEPS = 30;

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (!globalThis.indexedDB) {
      reject(new Error('IndexedDB is not available'));
      return;
    }
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB open failed'));
  });
}

let dbPromise: Promise<IDBDatabase> | null = null;
function db(): Promise<IDBDatabase> {
  dbPromise ??= openDb();
  return dbPromise;
}

function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return db().then(
    (database) =>
      new Promise<T>((resolve, reject) => {
        const tx = database.transaction(STORE, mode);
        const request = act(tx.objectStore(STORE));
        tx.oncomplete = () => resolve(request.result);
        tx.onerror = () => reject(tx.error ?? new Error('IndexedDB write failed'));
        tx.onabort = () => reject(tx.error ?? new Error('IndexedDB write aborted'));
      }),
  );
}

/**
 * The stored draft, checked like any file: a record from an older build or a damaged
 * one is dropped rather than trusted.
 */
export async function loadDraft(): Promise<StoredDraft | null> {
  const value = await run<unknown>('readonly', (s) => s.get(KEY));
  if (!value || typeof value !== 'object') return null;
  const { history, mode } = value as Partial<StoredDraft>;
  if (!history || typeof history !== 'object') return null;
  // Zod (and its config first) only when there is a draft: it stays out of the first script.
  await import('../../data/zod-config');
  const { parseAnnotationDoc } = await import('../../domain/annotation/schema');
  const present = parseAnnotationDoc(history.present);
  if (!present.ok) return null;
  const valid = (docs: unknown) => (Array.isArray(docs) ? docs.map((d) => parseAnnotationDoc(d)).flatMap((r) => (r.ok ? [r.doc] : [])) : []);
  const modes: StoredMode[] = ['intake', 'annotate', 'preview', 'off'];
  return { history: { past: valid(history.past), present: present.doc, future: valid(history.future) }, mode: mode && modes.includes(mode) ? mode : 'off' };
}

export function saveDraft(history: History, mode: StoredMode): Promise<unknown> {
  const trimmed: History = { past: history.past.slice(-STORED_STEPS), present: history.present, future: history.future.slice(0, STORED_STEPS) };
  return run('readwrite', (s) => s.put({ history: trimmed, mode } satisfies StoredDraft, KEY));
}
