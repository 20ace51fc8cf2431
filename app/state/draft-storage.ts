import { createStore, delMany, entries, get, getMany, setMany, type UseStore } from 'idb-keyval';
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { History } from '../domain/annotation/history';
import { afterNextPaint } from '../shared/after-paint';

/**
 * Where the drafts live: IndexedDB through idb-keyval, one record per draft (and one for
 * the rest), so a step writes only the draft it changed and two tabs editing different
 * drafts never write over each other. Records are structured-cloned, not JSON.
 */

export interface DraftRecord {
  history: History;
  /** The name the user gave it in the drafts list; the article title otherwise. */
  name?: string;
  updatedAt: number;
  /** Keys of the proposals the user rejected for this draft: they are not proposed again. */
  rejected?: string[];
}

/** A stored record that did not pass the schema: kept as it was, for the user to download. */
export interface DamagedRecord {
  key: string;
  at: number;
  problem: string;
  raw: unknown;
}

/** What the intake form holds until the draft is created. */
export interface IntakeText {
  text: string;
  titleEn: string;
}

export interface PersistedDrafts {
  drafts: Record<string, DraftRecord>;
  damaged: DamagedRecord[];
  intake: IntakeText;
}

/** Undo steps kept across a reload: each is a whole document, so not all of memory's. */
export const STORED_STEPS = 30;

const META = 'meta';
const draftKey = (id: string) => `draft:${id}`;
const damagedKey = (record: DamagedRecord) => `damaged:${record.key}:${record.at}`;

/** The single-record store of earlier builds: read once, when there is nothing newer. */
const LEGACY_DB = 'age-authoring';
const LEGACY_STORE = 'drafts';
const LEGACY_KEY = 'current';

export type WriteFailure = 'quota' | 'failed';

export interface DraftStorageOptions {
  dbName?: string;
  /** Called after every write: null when it went through, else what stopped it; and the drafts written or deleted. */
  onWrite: (failure: WriteFailure | null, drafts: string[]) => void;
  /** How long a step's write waits at most for the frame showing the step (a hidden page draws none). */
  frameWaitMs?: number;
}

export interface DraftStorage extends PersistStorage<PersistedDrafts> {
  /**
   * Read drafts as another tab wrote them, and take them as already written (so they are
   * not written back over a newer version). Undefined for a draft that is gone.
   */
  reload: (ids: readonly string[]) => Promise<Map<string, DraftRecord | undefined>>;
  /** Wait until every write asked for so far has landed. */
  flush: () => Promise<void>;
}

export function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
}

function trimmed(record: DraftRecord): DraftRecord {
  const { history } = record;
  return { ...record, history: { past: history.past.slice(-STORED_STEPS), present: history.present, future: history.future.slice(0, STORED_STEPS) } };
}

async function readLegacy(): Promise<unknown> {
  if (!globalThis.indexedDB) return undefined;
  const names = indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : [LEGACY_DB];
  if (!names.includes(LEGACY_DB)) return undefined;
  return get(LEGACY_KEY, createStore(LEGACY_DB, LEGACY_STORE));
}

/**
 * A zustand `PersistStorage` over IndexedDB. Writes before the first read are skipped
 * (they would replace stored drafts with an empty list); each later write puts the
 * records whose objects changed and deletes the ones that went.
 */
export function createDraftStorage({ dbName = 'age-drafts', onWrite, frameWaitMs = 100 }: DraftStorageOptions): DraftStorage {
  let store: UseStore | null = null;
  const db = () => (store ??= createStore(dbName, 'records'));
  let read = false;
  /** The objects last written, by key: unchanged ones are not written again. */
  const written = new Map<string, unknown>();
  let queue: Promise<unknown> = Promise.resolve();
  /** Writes waiting for a frame, to start at once when the page is being left or hidden. */
  const waiting = new Set<() => void>();
  const paintOrLeaving = () =>
    new Promise<void>((resolve) => {
      const go = () => {
        waiting.delete(go);
        cancel();
        resolve();
      };
      const cancel = afterNextPaint(go, frameWaitMs);
      waiting.add(go);
    });
  if (typeof window !== 'undefined' && typeof document !== 'undefined') {
    const now = () => [...waiting].forEach((go) => go());
    window.addEventListener('pagehide', now);
    document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && now());
  }

  return {
    async getItem(): Promise<StorageValue<PersistedDrafts> | null> {
      try {
        const all = await entries<string, unknown>(db());
        const drafts: Record<string, DraftRecord> = {};
        const damaged: DamagedRecord[] = [];
        let meta: { version?: number; intake?: IntakeText } | undefined;
        for (const [key, value] of all) {
          written.set(key, value);
          if (key === META) meta = value as typeof meta;
          else if (key.startsWith('draft:')) drafts[key.slice('draft:'.length)] = value as DraftRecord;
          else if (key.startsWith('damaged:')) damaged.push(value as DamagedRecord);
        }
        if (meta || Object.keys(drafts).length > 0 || damaged.length > 0) {
          return { state: { drafts, damaged, intake: meta?.intake ?? { text: '', titleEn: '' } }, version: meta?.version ?? 0 };
        }
        const legacy = await readLegacy();
        // Version 0 is the earlier builds' one record: `{ history, mode }`.
        return legacy === undefined ? null : { state: legacy as PersistedDrafts, version: 0 };
      } finally {
        read = true;
      }
    },
    setItem(_name, value) {
      if (!read) return;
      const puts: [string, unknown][] = [];
      const keep = new Set<string>([META]);
      const meta = { version: value.version, intake: value.state.intake };
      const prevMeta = written.get(META) as typeof meta | undefined;
      if (!prevMeta || prevMeta.intake !== meta.intake || prevMeta.version !== meta.version) puts.push([META, meta]);
      for (const [id, record] of Object.entries(value.state.drafts)) {
        const key = draftKey(id);
        keep.add(key);
        if (written.get(key) !== record) puts.push([key, record]);
      }
      for (const record of value.state.damaged) {
        const key = damagedKey(record);
        keep.add(key);
        if (written.get(key) !== record) puts.push([key, record]);
      }
      const dels = [...written.keys()].filter((k) => !keep.has(k));
      if (puts.length === 0 && dels.length === 0) return;
      const draftIds = [...puts.map(([k]) => k), ...dels].filter((k) => k.startsWith('draft:')).map((k) => k.slice('draft:'.length));
      for (const [key, record] of puts) written.set(key, record);
      for (const key of dels) written.delete(key);
      // Writes go in order, so a later step never lands before an earlier one. A step's
      // draft waits for the frame showing the step (cloning a large draft into IndexedDB
      // takes milliseconds that frame should not wait for); the rest (the intake's text, a
      // rename's list) is small and goes at once.
      const waits = puts.some(([key]) => key.startsWith('draft:'));
      queue = queue.then(() => (waits ? paintOrLeaving() : undefined)).then(async () => {
        try {
          await setMany(
            puts.map(([key, record]) => [key, key.startsWith('draft:') ? trimmed(record as DraftRecord) : record]),
            db(),
          );
          if (dels.length) await delMany(dels, db());
          onWrite(null, draftIds);
        } catch (error) {
          // Not written: forget them, so the next step tries again with everything.
          for (const [key] of puts) written.delete(key);
          onWrite(isQuotaError(error) ? 'quota' : 'failed', []);
        }
      });
      return queue;
    },
    async reload(ids) {
      const out = new Map<string, DraftRecord | undefined>();
      const values = await getMany<DraftRecord | undefined>(ids.map(draftKey), db());
      ids.forEach((id, i) => {
        const value = values[i];
        out.set(id, value);
        if (value) written.set(draftKey(id), value);
        else written.delete(draftKey(id));
      });
      return out;
    },
    async flush() {
      await queue;
    },
    removeItem() {
      written.clear();
    },
  };
}

