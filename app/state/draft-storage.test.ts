import 'fake-indexeddb/auto';
import { createStore, get } from 'idb-keyval';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleDoc } from '../domain/annotation/fixtures';
import { createDraftStorage, type PersistedDrafts } from './draft-storage';

const record = () => ({ history: { past: [], present: sampleDoc(), future: [] }, updatedAt: 1 });
const state = (drafts: PersistedDrafts['drafts']): { state: PersistedDrafts; version: number } => ({ state: { drafts, damaged: [], intake: { text: '', titleEn: '' } }, version: 1 });

describe('the drafts’ storage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('writes a step once the frame showing it is drawn, not in the step itself, and in order', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    const onWrite = vi.fn();
    const storage = createDraftStorage({ dbName: 'draft-storage-after-paint', onWrite });
    await storage.getItem('drafts');
    const first = record();
    void storage.setItem('drafts', state({ a: first }));
    // Tasks and microtasks pass, but no frame has been drawn: nothing is written yet.
    await new Promise((r) => setTimeout(r, 20));
    expect(onWrite).not.toHaveBeenCalled();
    expect(await get('draft:a', createStore('draft-storage-after-paint', 'records'))).toBeUndefined();

    frames.shift()!(0);
    await vi.waitFor(() => expect(onWrite).toHaveBeenCalledWith(null, ['a']));
    const second = { ...record(), updatedAt: 2 };
    void storage.setItem('drafts', state({ a: second }));
    await vi.waitFor(() => expect(frames).toHaveLength(1));
    frames.shift()!(0);
    await storage.flush();
    expect((await get<{ updatedAt: number }>('draft:a', createStore('draft-storage-after-paint', 'records')))?.updatedAt).toBe(2);
  });

  it('starts a waiting write at once when the page is left, and writes the intake’s text without waiting', async () => {
    vi.stubGlobal('requestAnimationFrame', () => 1);
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    const page = new EventTarget();
    vi.stubGlobal('window', page);
    vi.stubGlobal('document', Object.assign(new EventTarget(), { visibilityState: 'visible' }));
    const onWrite = vi.fn();
    // No frame comes, and the longest wait for one outlasts the test: only leaving the page starts the write.
    const storage = createDraftStorage({ dbName: 'draft-storage-leaving', onWrite, frameWaitMs: 60_000 });
    await storage.getItem('drafts');
    const typed = { ...state({}), state: { ...state({}).state, intake: { text: 'نص', titleEn: 'Title' } } };
    void storage.setItem('drafts', typed);
    await vi.waitFor(() => expect(onWrite).toHaveBeenCalledWith(null, []));

    void storage.setItem('drafts', { ...typed, state: { ...typed.state, drafts: { b: record() } } });
    await new Promise((r) => setTimeout(r, 20));
    expect(onWrite).toHaveBeenCalledTimes(1);
    page.dispatchEvent(new Event('pagehide'));
    await storage.flush();
    expect(onWrite).toHaveBeenLastCalledWith(null, ['b']);
  });
});
