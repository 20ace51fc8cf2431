import { create } from 'zustand';
import type { Lang } from '../domain/schema';
import { emptySceneState, type SceneState } from '../domain/scene';
import type { GraphSource } from '../data/graph-query';

/**
 * The one store of UI state. Loaded graphs live in the query cache, never here; this
 * holds what the user chose. Sets are replaced, never mutated, so selectors see changes.
 */

export type Selection = { kind: 'node' | 'edge'; id: string };
export type Theme = 'system' | 'light' | 'dark';
export type View = 'graph' | 'list';
export type SidePanel = 'details' | 'article' | 'claims' | 'path';
export type Sheet = 'filters' | 'side' | null;


export interface SelectionSlice {
  selection: Selection | null;
  /** Which of the selection's spans the article pane shows. */
  spanCursor: number;
  /** The sentence the user is reading; highlights the elements that cite it. */
  sentence: string | null;
  select: (selection: Selection | null) => void;
  clearSelection: () => void;
  setSpanCursor: (cursor: number) => void;
  setSentence: (sentence: string | null) => void;
  /** Open the article at a sentence: the tab, the sentence and (on phones) the sheet at once. */
  readSentence: (sentence: string) => void;
}

export interface FilterSlice {
  /** A category is hidden when all its relation types are: it is not stored apart. */
  hiddenRelationTypes: ReadonlySet<string>;
  hiddenNodeTypes: ReadonlySet<string>;
  attribution: string | null;
  isolated: 'fade' | 'hide';
  focus: { nodeId: string; depth: number } | null;
  setRelationTypesHidden: (ids: readonly string[], hidden: boolean) => void;
  setNodeTypesHidden: (ids: readonly string[], hidden: boolean) => void;
  setAttribution: (attribution: string | null) => void;
  setIsolated: (mode: 'fade' | 'hide') => void;
  setFocus: (focus: { nodeId: string; depth: number } | null) => void;
  resetFilters: () => void;
}

export interface UiSlice {
  lang: Lang;
  theme: Theme;
  view: View;
  panel: SidePanel;
  /** Which panel is open as a sheet on narrow screens. */
  sheet: Sheet;
  search: string;
  pathEnds: { from: string | null; to: string | null };
  setLang: (lang: Lang) => void;
  setTheme: (theme: Theme) => void;
  setView: (view: View) => void;
  setPanel: (panel: SidePanel) => void;
  setSheet: (sheet: Sheet) => void;
  setSearch: (search: string) => void;
  setPathEnds: (ends: { from: string | null; to: string | null }) => void;
}

export type SizeBy = 'none' | 'degree' | 'betweenness';
export type ColourBy = 'type' | 'community';

/** What the reader opened of a graph too large to draw whole (see domain/scene.ts). */
export interface SceneSlice {
  scene: SceneState;
  sizeBy: SizeBy;
  colourBy: ColourBy;
  openCommunity: (community: number) => void;
  /** One more page of an entity's neighbours. */
  expandEntity: (id: string) => void;
  /** Back out to the breadcrumb's communities (none: the overview); drops the selection. */
  setScenePath: (path: readonly number[]) => void;
  setSizeBy: (sizeBy: SizeBy) => void;
  setColourBy: (colourBy: ColourBy) => void;
}

/** Entities remembered as brought into the scene; older ones drop out. */
const MAX_BROUGHT = 20;

export interface GraphSlice {
  source: GraphSource;
  openGraph: (source: GraphSource) => void;
  /** Replace the view state at once (from the URL on load and on Back/Forward). */
  applyViewState: (state: Partial<ViewState>) => void;
}

/** The part of the state a link carries. */
export const VIEW_KEYS = [
  'selection',
  'sentence',
  'hiddenRelationTypes',
  'hiddenNodeTypes',
  'attribution',
  'isolated',
  'focus',
  'lang',
  'view',
  'panel',
  'search',
  'pathEnds',
  'source',
] as const;

export type ViewState = Pick<AppState, (typeof VIEW_KEYS)[number]>;

export type AppState = SelectionSlice & FilterSlice & UiSlice & SceneSlice & GraphSlice;

export const DEFAULT_GRAPH_ID = 'putin-china-visit';

export const LANG_STORAGE_KEY = 'age.lang';
export const THEME_STORAGE_KEY = 'age.theme';

function readStored(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function writeStored(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    // Private mode or storage disabled: the choice lasts for this visit only.
  }
}

/** First visit follows the browser's preferred language; later visits the stored choice. */
export function initialLang(): Lang {
  const stored = readStored(LANG_STORAGE_KEY);
  if (stored === 'ar' || stored === 'en') return stored;
  const preferred = globalThis.navigator?.languages ?? [];
  for (const l of preferred) {
    if (l.toLowerCase().startsWith('ar')) return 'ar';
    if (l.toLowerCase().startsWith('en')) return 'en';
  }
  return 'en';
}

function initialTheme(): Theme {
  const stored = readStored(THEME_STORAGE_KEY);
  return stored === 'light' || stored === 'dark' ? stored : 'system';
}

function withIds(set: ReadonlySet<string>, ids: readonly string[], present: boolean): ReadonlySet<string> {
  const next = new Set(set);
  for (const id of ids) {
    if (present) next.add(id);
    else next.delete(id);
  }
  return next;
}

export const emptyFilters = {
  hiddenRelationTypes: new Set<string>() as ReadonlySet<string>,
  hiddenNodeTypes: new Set<string>() as ReadonlySet<string>,
  attribution: null,
  focus: null,
} satisfies Partial<FilterSlice>;

export const useAppStore = create<AppState>()((set) => ({
  selection: null,
  spanCursor: 0,
  sentence: null,
  select: (selection) =>
    set((s) => ({
      selection,
      spanCursor: 0,
      // Reading the article, the user stays in it and sees the selection's spans there.
      ...(selection ? { panel: s.panel === 'article' ? s.panel : ('details' as const), sheet: 'side' as const } : {}),
      // A selected entity joins the scene (with its community, if it is not drawn yet).
      ...(selection?.kind === 'node' && !s.scene.brought.includes(selection.id)
        ? { scene: { ...s.scene, brought: [...s.scene.brought, selection.id].slice(-MAX_BROUGHT) } }
        : {}),
    })),
  clearSelection: () => set({ selection: null, spanCursor: 0, sentence: null, sheet: null }),
  setSpanCursor: (spanCursor) => set({ spanCursor }),
  setSentence: (sentence) => set({ sentence }),
  readSentence: (sentence) => set({ panel: 'article', sentence, sheet: 'side' }),

  ...emptyFilters,
  isolated: 'fade',
  setRelationTypesHidden: (ids, hidden) => set((s) => ({ hiddenRelationTypes: withIds(s.hiddenRelationTypes, ids, hidden) })),
  setNodeTypesHidden: (ids, hidden) => set((s) => ({ hiddenNodeTypes: withIds(s.hiddenNodeTypes, ids, hidden) })),
  setAttribution: (attribution) => set({ attribution }),
  setIsolated: (isolated) => set({ isolated }),
  setFocus: (focus) => set({ focus }),
  resetFilters: () => set({ ...emptyFilters }),

  lang: initialLang(),
  theme: initialTheme(),
  view: 'graph',
  panel: 'details',
  sheet: null,
  search: '',
  pathEnds: { from: null, to: null },
  setLang: (lang) => {
    writeStored(LANG_STORAGE_KEY, lang);
    set({ lang });
  },
  setTheme: (theme) => {
    writeStored(THEME_STORAGE_KEY, theme);
    set({ theme });
  },
  setView: (view) => set({ view }),
  setPanel: (panel) => set({ panel }),
  setSheet: (sheet) => set({ sheet }),
  setSearch: (search) => set({ search }),
  setPathEnds: (pathEnds) => set({ pathEnds }),

  scene: emptySceneState,
  sizeBy: 'none',
  colourBy: 'type',
  openCommunity: (community) =>
    set((s) => (s.scene.opened.includes(community) ? {} : { scene: { ...s.scene, opened: [...s.scene.opened, community] } })),
  expandEntity: (id) => set((s) => ({ scene: { ...s.scene, expanded: { ...s.scene.expanded, [id]: (s.scene.expanded[id] ?? 0) + 1 } } })),
  setScenePath: (path) =>
    set((s) => ({
      scene: { opened: [...path], brought: [], expanded: path.length === 0 ? {} : s.scene.expanded },
      selection: null,
      spanCursor: 0,
    })),
  setSizeBy: (sizeBy) => set({ sizeBy }),
  setColourBy: (colourBy) => set({ colourBy }),

  source: { kind: 'bundled', id: DEFAULT_GRAPH_ID },
  openGraph: (source) =>
    set({
      source,
      selection: null,
      spanCursor: 0,
      sentence: null,
      pathEnds: { from: null, to: null },
      search: '',
      scene: emptySceneState,
      ...emptyFilters,
    }),
  applyViewState: (state) => {
    if (state.lang) writeStored(LANG_STORAGE_KEY, state.lang);
    set(state);
  },
}));
