import type { AnnotationDoc, History } from './core';

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

export async function loadDraft(): Promise<StoredDraft | null> {
  const value = await run<unknown>('readonly', (s) => s.get(KEY));
  if (!value || typeof value !== 'object') return null;
  const draft = value as StoredDraft;
  return draft.history?.present?.format === 'article-graph-annotations' ? draft : null;
}

export function saveDraft(history: History, mode: StoredMode): Promise<unknown> {
  const trimmed: History = { past: history.past.slice(-STORED_STEPS), present: history.present, future: history.future.slice(0, STORED_STEPS) };
  return run('readwrite', (s) => s.put({ history: trimmed, mode } satisfies StoredDraft, KEY));
}

export function describeDoc(doc: AnnotationDoc) {
  return { title: doc.article.title, entities: doc.entities.length, relations: doc.relations.length };
}
