import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { commit, createHistory, redo, undo } from '../domain/annotation/history';
import type { AnnotationDoc, EditResult } from '../domain/annotation/schema';
import { createDraftStorage, type DamagedRecord, type DraftRecord, type IntakeText, type PersistedDrafts, type WriteFailure } from './draft-storage';

/**
 * The drafts: annotation documents being written, each with its own undo history, kept
 * in IndexedDB by the `persist` middleware. The edits are the pure producers of
 * `domain/annotation/edits.ts`, applied through `edit`; nothing else writes a document.
 */

export type { DamagedRecord, DraftRecord, IntakeText } from './draft-storage';
export type SaveState = 'idle' | 'saved' | WriteFailure;
/** An edit's outcome, or the refusal of an edit on a draft that is not there. */
export type DraftEditResult = EditResult | { ok: false; error: { code: 'no-document' } };

export interface DraftsState extends PersistedDrafts {
  /** Whether the stored drafts have been read (the list is complete only then). */
  hydrated: boolean;
  save: SaveState;
  /** Start a draft from a document; returns its key (the document's id, made unique). */
  create: (doc: AnnotationDoc) => string;
  /** Run a pure edit on a draft's present document: a new undo step, or the refusal. */
  edit: (id: string, producer: (doc: AnnotationDoc) => EditResult) => DraftEditResult;
  undo: (id: string) => void;
  redo: (id: string) => void;
  rename: (id: string, name: string) => void;
  duplicate: (id: string) => string | null;
  remove: (id: string) => void;
  /** Forget a damaged record (after the user has downloaded it, or chosen not to). */
  discardDamaged: (record: DamagedRecord) => void;
  /** Keep proposals' keys as rejected for a draft, so they are not proposed again. */
  reject: (id: string, keys: readonly string[]) => void;
  setIntake: (intake: IntakeText) => void;
}

export const DRAFTS_VERSION = 2;
export const EMPTY_INTAKE: IntakeText = { text: '', titleEn: '' };

/** A key not yet taken: `id`, else `id-2`, `id-3`… */
export function freeKey(drafts: Record<string, unknown>, id: string): string {
  if (!(id in drafts)) return id;
  let n = 2;
  while (`${id}-${n}` in drafts) n += 1;
  return `${id}-${n}`;
}

/** The parser of stored documents, loaded (with zod) only when there is something stored. */
type CheckDoc = (raw: unknown) => { ok: true; doc: AnnotationDoc } | { ok: false; problem: string };
let checkDoc: CheckDoc | null = null;
async function loadChecker(): Promise<void> {
  if (checkDoc) return;
  await import('../data/zod-config');
  const { parseAnnotationDoc } = await import('../domain/annotation/schema');
  checkDoc = (raw) => {
    const result = parseAnnotationDoc(raw);
    if (result.ok) return result;
    const first = result.problems[0];
    return { ok: false, problem: first ? `${first.path}: ${first.message}` : 'invalid' };
  };
}

/** Stored drafts checked like any file: one that fails is set aside whole, never dropped. */
export function checkStored(persisted: Partial<PersistedDrafts>, check: CheckDoc, now = Date.now()): Pick<PersistedDrafts, 'drafts' | 'damaged'> {
  const drafts: Record<string, DraftRecord> = {};
  const damaged = [...(persisted.damaged ?? [])];
  for (const [key, raw] of Object.entries(persisted.drafts ?? {})) {
    const record = raw as Partial<DraftRecord> | null;
    const history = record?.history;
    const docs = history && Array.isArray(history.past) && Array.isArray(history.future) ? [history.present, ...history.past, ...history.future] : null;
    const checked = docs?.map(check) ?? [{ ok: false as const, problem: 'history: missing' }];
    const bad = checked.find((c) => !c.ok);
    if (bad && !bad.ok) {
      damaged.push({ key, at: now, problem: bad.problem, raw });
      continue;
    }
    const ok = checked.flatMap((c) => (c.ok ? [c.doc] : []));
    const pastLength = history?.past.length ?? 0;
    drafts[key] = {
      ...(record as DraftRecord),
      history: { present: ok[0] as AnnotationDoc, past: ok.slice(1, 1 + pastLength), future: ok.slice(1 + pastLength) },
      updatedAt: typeof record?.updatedAt === 'number' ? record.updatedAt : now,
      // Rejections are a convenience: unreadable ones are dropped, the draft is kept.
      rejected: Array.isArray(record?.rejected) ? record.rejected.filter((k): k is string => typeof k === 'string') : [],
    };
  }
  return { drafts, damaged };
}

/**
 * Earlier formats, step by step to this one. Version 0 was one record `{ history, mode }`;
 * version 1 records had no rejected proposals.
 */
export function migrateDrafts(persisted: unknown, version: number): PersistedDrafts {
  let state = persisted as PersistedDrafts;
  if (version === 0) {
    const legacy = (persisted ?? {}) as { history?: { present?: { id?: unknown } } };
    const id = typeof legacy.history?.present?.id === 'string' && legacy.history.present.id ? legacy.history.present.id : 'draft';
    state = { drafts: legacy.history ? { [id]: { history: legacy.history, updatedAt: Date.now() } as DraftRecord } : {}, damaged: [], intake: EMPTY_INTAKE };
  }
  if (version <= 1) {
    const drafts = Object.fromEntries(Object.entries(state.drafts ?? {}).map(([key, record]) => [key, { ...record, rejected: record.rejected ?? [] }]));
    state = { ...state, drafts };
  }
  return state;
}

function touch(record: DraftRecord, history: DraftRecord['history']): DraftRecord {
  return { ...record, history, updatedAt: Date.now() };
}

export function createDraftsStore(dbName?: string) {
  const written = new Set<(ids: string[]) => void>();
  // Asked on the first step that stores a draft, inside the user's action: readers who
  // never author are never asked, and a browser that prompts sees a gesture.
  let persistenceAsked = false;
  const askPersistence = () => {
    if (persistenceAsked) return;
    persistenceAsked = true;
    requestPersistentStorage();
  };
  const storage = createDraftStorage({
    ...(dbName ? { dbName } : {}),
    onWrite: (failure, ids) => {
      const save: SaveState = failure ?? 'saved';
      if (store.getState().save !== save) store.setState({ save });
      if (ids.length) for (const listener of written) listener(ids);
    },
  });
  const store = create<DraftsState>()(
    persist(
      (set, get) => {
        const withDraft = (id: string, change: (record: DraftRecord) => DraftRecord | null) => {
          const record = get().drafts[id];
          if (!record) return;
          const next = change(record);
          if (next && next !== record) set({ drafts: { ...get().drafts, [id]: next } });
        };
        return {
          drafts: {},
          damaged: [],
          intake: EMPTY_INTAKE,
          hydrated: false,
          save: 'idle',
          create: (doc) => {
            const key = freeKey(get().drafts, doc.id);
            askPersistence();
            set({ drafts: { ...get().drafts, [key]: { history: createHistory(doc), updatedAt: Date.now() } }, intake: EMPTY_INTAKE });
            return key;
          },
          edit: (id, producer) => {
            const record = get().drafts[id];
            if (!record) return { ok: false, error: { code: 'no-document' } };
            const result = producer(record.history.present);
            if (result.ok && result.doc !== record.history.present) {
              askPersistence();
              withDraft(id, (r) => touch(r, commit(r.history, result.doc)));
            }
            // When a step is committed (npm run bench:annotate times input to commit by it).
            if (result.ok) performance.mark('age:draft-step');
            return result;
          },
          undo: (id) => withDraft(id, (r) => (r.history.past.length ? touch(r, undo(r.history)) : r)),
          redo: (id) => withDraft(id, (r) => (r.history.future.length ? touch(r, redo(r.history)) : r)),
          rename: (id, name) => withDraft(id, (r) => ({ ...r, name: name.trim(), updatedAt: Date.now() })),
          duplicate: (id) => {
            const record = get().drafts[id];
            if (!record) return null;
            const key = freeKey(get().drafts, `${id}-copy`);
            askPersistence();
            const doc = { ...record.history.present, id: key };
            const copied = { ...(record.name ? { name: record.name } : {}), ...(record.rejected ? { rejected: record.rejected } : {}) };
            set({ drafts: { ...get().drafts, [key]: { ...copied, history: createHistory(doc), updatedAt: Date.now() } } });
            return key;
          },
          remove: (id) => {
            const { [id]: gone, ...rest } = get().drafts;
            if (gone) set({ drafts: rest });
          },
          discardDamaged: (record) => set({ damaged: get().damaged.filter((d) => d !== record) }),
          reject: (id, keys) =>
            withDraft(id, (r) => {
              const fresh = keys.filter((k) => !r.rejected?.includes(k));
              return fresh.length ? { ...r, rejected: [...(r.rejected ?? []), ...fresh] } : r;
            }),
          setIntake: (intake) => set({ intake }),
        };
      },
      {
        name: 'drafts',
        version: DRAFTS_VERSION,
        skipHydration: true,
        storage: {
          ...storage,
          getItem: async (name: string) => {
            const value = await storage.getItem(name);
            if (value) await loadChecker();
            return value;
          },
        },
        partialize: (s) => ({ drafts: s.drafts, damaged: s.damaged, intake: s.intake }),
        migrate: migrateDrafts,
        merge: (persisted, current) => {
          const stored = (persisted ?? {}) as Partial<PersistedDrafts>;
          const checked = checkDoc ? checkStored(stored, checkDoc) : { drafts: {}, damaged: [] };
          // Drafts started before the stored ones were read win over stored ones of the same key.
          return {
            ...current,
            drafts: { ...checked.drafts, ...current.drafts },
            damaged: [...checked.damaged, ...current.damaged],
            intake: current.intake.text || current.intake.titleEn ? current.intake : (stored.intake ?? EMPTY_INTAKE),
            hydrated: true,
          };
        },
        onRehydrateStorage: () => (_state, error) => {
          // Unreadable storage (no IndexedDB, private mode): the drafts of this visit still work.
          if (error) store.setState({ hydrated: true, save: 'failed' });
          // Write what the check set aside (and drafts started before the read) at once.
          else store.setState({ hydrated: true });
        },
      },
    ),
  );
  return Object.assign(store, {
    /** Take drafts as another tab has written them (a draft gone there goes here too). */
    reloadDrafts: async (ids: readonly string[]) => {
      const read = await storage.reload(ids);
      const drafts = { ...store.getState().drafts };
      for (const [id, record] of read) {
        if (record) drafts[id] = record;
        else delete drafts[id];
      }
      store.setState({ drafts });
    },
    /** Wait for this tab's writes to land. */
    flushDrafts: () => storage.flush(),
    /** Hear which drafts this tab has written (to tell the other tabs). */
    onDraftsWritten: (listener: (ids: string[]) => void) => {
      written.add(listener);
      return () => void written.delete(listener);
    },
  });
}

export type DraftsStore = ReturnType<typeof createDraftsStore>;

export const useDrafts = createDraftsStore();

/** Ask the browser not to evict the drafts under storage pressure (once per session, on the first draft saved). */
function requestPersistentStorage(): void {
  void globalThis.navigator?.storage?.persist?.().catch(() => false);
}

/** Read the stored drafts once, from main.tsx. */
export function hydrateDrafts(): Promise<void> {
  return useDrafts.persist.rehydrate() ?? Promise.resolve();
}
