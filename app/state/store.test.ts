// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_GRAPH_ID, LANG_STORAGE_KEY, THEME_STORAGE_KEY, useAppStore } from './store';
import { resetStore } from '../test/render';

const actions = () => useAppStore.getState();

beforeEach(() => {
  resetStore();
  globalThis.localStorage?.clear();
});

describe('selection actions', () => {
  it('select opens the details and the side sheet, and restarts the span cursor', () => {
    actions().setSpanCursor(3);
    actions().setPanel('claims');
    actions().select({ kind: 'node', id: 'putin' });
    expect(actions()).toMatchObject({ selection: { kind: 'node', id: 'putin' }, spanCursor: 0, panel: 'details', sheet: 'side' });
  });

  it('select keeps a reader in the article', () => {
    actions().setPanel('article');
    actions().select({ kind: 'edge', id: 'putin-visits-china' });
    expect(actions().panel).toBe('article');
  });

  it('select(null) leaves the panel and sheet alone', () => {
    actions().setPanel('path');
    actions().select(null);
    expect(actions()).toMatchObject({ selection: null, panel: 'path', sheet: null });
  });

  it('clearSelection clears the selection, the sentence, the cursor and the sheet', () => {
    actions().select({ kind: 'node', id: 'putin' });
    actions().setSentence('s1');
    actions().setSpanCursor(2);
    actions().clearSelection();
    expect(actions()).toMatchObject({ selection: null, sentence: null, spanCursor: 0, sheet: null });
  });

  it('readSentence opens the article at the sentence, in one step', () => {
    const states: unknown[] = [];
    const stop = useAppStore.subscribe((s) => states.push({ panel: s.panel, sentence: s.sentence, sheet: s.sheet }));
    actions().readSentence('s2');
    stop();
    expect(states).toEqual([{ panel: 'article', sentence: 's2', sheet: 'side' }]);
  });
});

describe('filter actions', () => {
  it('hide and show relation and node types in new sets', () => {
    const before = actions().hiddenRelationTypes;
    actions().setRelationTypesHidden(['visits', 'accuses'], true);
    expect([...actions().hiddenRelationTypes].sort()).toEqual(['accuses', 'visits']);
    expect(actions().hiddenRelationTypes).not.toBe(before);
    expect(before.size).toBe(0);
    actions().setRelationTypesHidden(['visits'], false);
    expect([...actions().hiddenRelationTypes]).toEqual(['accuses']);

    actions().setNodeTypesHidden(['bloc'], true);
    expect([...actions().hiddenNodeTypes]).toEqual(['bloc']);
    actions().setNodeTypesHidden(['bloc'], false);
    expect(actions().hiddenNodeTypes.size).toBe(0);
  });

  it('set attribution, isolated mode and focus; reset clears the filters but not the isolated mode', () => {
    actions().setRelationTypesHidden(['visits'], true);
    actions().setNodeTypesHidden(['bloc'], true);
    actions().setAttribution('russia');
    actions().setIsolated('hide');
    actions().setFocus({ nodeId: 'putin', depth: 2 });
    expect(actions()).toMatchObject({ attribution: 'russia', isolated: 'hide', focus: { nodeId: 'putin', depth: 2 } });
    actions().resetFilters();
    expect(actions()).toMatchObject({ attribution: null, focus: null, isolated: 'hide' });
    expect(actions().hiddenRelationTypes.size + actions().hiddenNodeTypes.size).toBe(0);
  });
});

describe('UI and graph actions', () => {
  it('language and theme are remembered for the next visit', () => {
    actions().setLang('ar');
    actions().setTheme('dark');
    expect(actions()).toMatchObject({ lang: 'ar', theme: 'dark' });
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('ar');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
  });

  it('view, panel, sheet, search and path ends are set as given', () => {
    actions().setView('list');
    actions().setPanel('claims');
    actions().setSheet('filters');
    actions().setSearch('بوتين');
    actions().setPathEnds({ from: 'putin', to: 'west' });
    expect(actions()).toMatchObject({ view: 'list', panel: 'claims', sheet: 'filters', search: 'بوتين', pathEnds: { from: 'putin', to: 'west' } });
  });

  it('opening another graph starts a clean view of it', () => {
    actions().select({ kind: 'node', id: 'putin' });
    actions().setSentence('s1');
    actions().setSearch('x');
    actions().setPathEnds({ from: 'a', to: 'b' });
    actions().setRelationTypesHidden(['visits'], true);
    actions().setFocus({ nodeId: 'putin', depth: 1 });
    actions().setLang('ar');
    actions().openGraph({ kind: 'url', url: '/other.json' });
    expect(actions()).toMatchObject({
      source: { kind: 'url', url: '/other.json' },
      selection: null,
      sentence: null,
      search: '',
      pathEnds: { from: null, to: null },
      focus: null,
      lang: 'ar',
    });
    expect(actions().hiddenRelationTypes.size).toBe(0);
  });

  it('applyViewState replaces the given keys and remembers a language from a link', () => {
    actions().applyViewState({ lang: 'ar', view: 'list', source: { kind: 'bundled', id: DEFAULT_GRAPH_ID } });
    expect(actions()).toMatchObject({ lang: 'ar', view: 'list' });
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('ar');
  });
});
