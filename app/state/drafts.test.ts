import 'fake-indexeddb/auto';
import { createStore, del, get, set, setMany } from 'idb-keyval';
import { describe, expect, it, vi } from 'vitest';
import { addEntity } from '../domain/annotation/edits';
import { sampleDoc } from '../domain/annotation/fixtures';
import { createDraftsStore, DRAFTS_VERSION } from './drafts';

let n = 0;
/** Each test its own database, so none sees another's records. */
const freshDb = () => `drafts-test-${(n += 1)}`;

async function settled(store: ReturnType<typeof createDraftsStore>) {
  // Wait for the queued IndexedDB writes of the last step.
  await vi.waitFor(() => expect(store.getState().save).not.toBe('idle'));
  await new Promise((r) => setTimeout(r, 20));
}

describe('the persisted drafts slice', () => {
  it('restores every draft with its own undo history after a reload', async () => {
    const db = freshDb();
    const first = createDraftsStore(db);
    await first.persist.rehydrate();
    const a = first.getState().create(sampleDoc());
    const b = first.getState().create({ ...sampleDoc(), id: 'other' });
    const made = first.getState().edit(a, (doc) => addEntity(doc, { type: 'person', label: { ar: 'شي', en: 'Xi' } }));
    expect(made.ok).toBe(true);
    first.getState().rename(b, 'Second draft');
    await settled(first);

    const again = createDraftsStore(db);
    await again.persist.rehydrate();
    const { drafts, hydrated } = again.getState();
    expect(hydrated).toBe(true);
    expect(Object.keys(drafts).sort()).toEqual(['other', 'sample']);
    expect(drafts.sample?.history.past).toHaveLength(1);
    expect(drafts.sample?.history.present.entities.map((e) => e.id)).toContain('xi');
    expect(drafts.other?.history.past).toHaveLength(0);
    expect(drafts.other?.name).toBe('Second draft');
    again.getState().undo('sample');
    expect(again.getState().drafts.sample?.history.present.entities.map((e) => e.id)).not.toContain('xi');
    expect(again.getState().drafts.other?.history.present.id).toBe('other');
  });

  it('migrates the single record of the earlier format', async () => {
    const legacy = createStore('age-authoring', 'drafts');
    const doc = sampleDoc();
    await set('current', { history: { past: [], present: doc, future: [] }, mode: 'annotate' }, legacy);
    const store = createDraftsStore(freshDb());
    await store.persist.rehydrate();
    expect(store.getState().drafts.sample?.history.present.article.title.en).toBe(doc.article.title.en);
    expect(store.getState().damaged).toEqual([]);
    await del('current', legacy);
  });

  it('keeps a damaged record aside instead of dropping it, and still writes it', async () => {
    const db = freshDb();
    const records = createStore(db, 'records');
    const broken = { history: { past: [], present: { ...sampleDoc(), format: 'something else' }, future: [] }, updatedAt: 1 };
    await setMany(
      [
        ['meta', { version: DRAFTS_VERSION, intake: { text: '', titleEn: '' } }],
        ['draft:sample', { history: { past: [], present: sampleDoc(), future: [] }, updatedAt: 1 }],
        ['draft:broken', broken],
      ],
      records,
    );
    const store = createDraftsStore(db);
    await store.persist.rehydrate();
    expect(Object.keys(store.getState().drafts)).toEqual(['sample']);
    const [damaged] = store.getState().damaged;
    expect(damaged?.key).toBe('broken');
    expect(damaged?.problem).toMatch(/^format/);
    expect(damaged?.raw).toEqual(broken);
    await settled(store);
    // Set aside in storage too: under its own key, and no longer as a draft.
    expect(await get('draft:broken', records)).toBeUndefined();
    const reread = createDraftsStore(db);
    await reread.persist.rehydrate();
    expect(reread.getState().damaged.map((d) => d.key)).toEqual(['broken']);
  });

  it('reports a full disk as "quota" and keeps the step in memory', async () => {
    const db = freshDb();
    const store = createDraftsStore(db);
    await store.persist.rehydrate();
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    try {
      const key = store.getState().create(sampleDoc());
      await vi.waitFor(() => expect(store.getState().save).toBe('quota'));
      expect(store.getState().drafts[key]?.history.present.id).toBe('sample');
    } finally {
      spy.mockRestore();
    }
    // The next step writes everything that was not written.
    store.getState().rename('sample', 'After the disk was freed');
    await vi.waitFor(() => expect(store.getState().save).toBe('saved'));
    const reread = createDraftsStore(db);
    await reread.persist.rehydrate();
    expect(reread.getState().drafts.sample?.name).toBe('After the disk was freed');
  });

  it('keeps the intake text until the draft is created', async () => {
    const db = freshDb();
    const store = createDraftsStore(db);
    await store.persist.rehydrate();
    store.getState().setIntake({ text: 'نص المقال', titleEn: 'Title' });
    await settled(store);
    const reread = createDraftsStore(db);
    await reread.persist.rehydrate();
    expect(reread.getState().intake).toEqual({ text: 'نص المقال', titleEn: 'Title' });
    reread.getState().create(sampleDoc());
    expect(reread.getState().intake.text).toBe('');
  });

  it('gives a duplicate its own key and history, and deletes only what it is asked to', async () => {
    const store = createDraftsStore(freshDb());
    await store.persist.rehydrate();
    const a = store.getState().create(sampleDoc());
    store.getState().edit(a, (doc) => addEntity(doc, { type: 'person', label: { ar: 'شي', en: 'Xi' } }));
    const copy = store.getState().duplicate(a);
    expect(copy).toBe('sample-copy');
    expect(store.getState().drafts['sample-copy']?.history.past).toHaveLength(0);
    expect(store.getState().create(sampleDoc())).toBe('sample-2');
    store.getState().remove(a);
    expect(Object.keys(store.getState().drafts).sort()).toEqual(['sample-2', 'sample-copy']);
  });

  it('asks for persistent storage once, on the first draft stored, never for a reader who only reads', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    vi.stubGlobal('navigator', { storage: { persist } });
    try {
      const db = freshDb();
      const seed = createDraftsStore(db);
      await seed.persist.rehydrate();
      seed.getState().create(sampleDoc());
      await settled(seed);
      persist.mockClear();

      const store = createDraftsStore(db);
      await store.persist.rehydrate();
      store.getState().edit('sample', (doc) => ({ ok: true, doc }));
      store.getState().edit('sample', (doc) => addEntity(doc, { type: 'nope', label: { ar: 'شي', en: 'Xi' } }));
      expect(persist).not.toHaveBeenCalled();
      store.getState().edit('sample', (doc) => addEntity(doc, { type: 'person', label: { ar: 'شي', en: 'Xi' } }));
      expect(persist).toHaveBeenCalledTimes(1);
      store.getState().create({ ...sampleDoc(), id: 'other' });
      store.getState().duplicate('other');
      expect(persist).toHaveBeenCalledTimes(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('keeps rejected proposals per draft across a reload, not in other drafts', async () => {
    const db = freshDb();
    const store = createDraftsStore(db);
    await store.persist.rehydrate();
    const a = store.getState().create(sampleDoc());
    const b = store.getState().create({ ...sampleDoc(), id: 'other' });
    store.getState().reject(a, ['suggestion:country:الصين@s1:الصين#1']);
    store.getState().reject(a, ['suggestion:country:الصين@s1:الصين#1', 'occurrence:putin@s0:بوتين#1']);
    await settled(store);
    const reread = createDraftsStore(db);
    await reread.persist.rehydrate();
    expect(reread.getState().drafts[a]?.rejected).toEqual(['suggestion:country:الصين@s1:الصين#1', 'occurrence:putin@s0:بوتين#1']);
    expect(reread.getState().drafts[b]?.rejected).toEqual([]);
  });

  it('migrates records of version 1 (no rejections) and drops unreadable rejections without losing the draft', async () => {
    const db = freshDb();
    const records = createStore(db, 'records');
    await setMany(
      [
        ['meta', { version: 1, intake: { text: '', titleEn: '' } }],
        ['draft:sample', { history: { past: [], present: sampleDoc(), future: [] }, updatedAt: 1 }],
        ['draft:odd', { history: { past: [], present: { ...sampleDoc(), id: 'odd' }, future: [] }, updatedAt: 1, rejected: 'not a list' }],
      ],
      records,
    );
    const store = createDraftsStore(db);
    await store.persist.rehydrate();
    expect(store.getState().drafts.sample?.rejected).toEqual([]);
    expect(store.getState().drafts.odd?.rejected).toEqual([]);
    expect(store.getState().drafts.odd?.history.present.id).toBe('odd');
    await settled(store);
    expect((await get('meta', records)) as { version: number }).toMatchObject({ version: DRAFTS_VERSION });
  });
});
