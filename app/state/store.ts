import { create } from 'zustand';
import type { Lang } from '../domain/schema';
import { emptySceneState, type SceneState } from '../domain/scene';
import type { GraphSource } from '../data/graph-query';
import type { CorpusEdits } from '../data/corpus-query';
import type { ArticleFilter } from '../domain/corpus/facts';
import type { DayRange } from '../domain/time-range';
import { hasDictionary, loadDictionary } from '../shared/i18n/translate';
import { LANG_STORAGE_KEY, storedOrPreferredLang } from '../shared/i18n/reader-lang';

/**
 * The one store of UI state. Loaded graphs live in the query cache, never here; this
 * holds what the user chose. Sets are replaced, never mutated, so selectors see changes.
 */

export type Selection = { kind: 'node' | 'edge'; id: string };
export type Theme = 'system' | 'light' | 'dark';
export type View = 'graph' | 'list';
export type SidePanel = 'details' | 'article' | 'claims' | 'path' | 'corpus';
export type Sheet = 'filters' | 'side' | null;
/** How far a sheet is pulled up over the canvas on phones. */
export type SheetSize = 'peek' | 'full';
/**
 * Which page of the authoring workspace is open, if any: the drafts list, the intake of
 * a new article, a draft being annotated, or a draft previewed in the explorer.
 */
export type WorkspaceRoute = { page: 'drafts' | 'new' } | { page: 'annotate' | 'preview'; draft: string };


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
  /** One step: of all the relation types, only `keep` shows. */
  showOnlyRelationTypes: (all: readonly string[], keep: readonly string[]) => void;
  setNodeTypesHidden: (ids: readonly string[], hidden: boolean) => void;
  setAttribution: (attribution: string | null) => void;
  setIsolated: (mode: 'fade' | 'hide') => void;
  setFocus: (focus: { nodeId: string; depth: number } | null) => void;
  /** A corpus: keep what one article states, or what it adds. */
  articleFilter: ArticleFilter | null;
  /** A corpus: the range of days brushed on the timeline. */
  timeRange: DayRange | null;
  setArticleFilter: (filter: ArticleFilter | null) => void;
  setTimeRange: (range: DayRange | null) => void;
  resetFilters: () => void;
}

export interface UiSlice {
  lang: Lang;
  theme: Theme;
  view: View;
  panel: SidePanel;
  /** Which panel is open as a sheet on narrow screens. */
  sheet: Sheet;
  sheetSize: SheetSize;
  /** Whether the canvas frames what is lit again after every filter change (off: the view stays). */
  refitOnFilter: boolean;
  search: string;
  pathEnds: { from: string | null; to: string | null };
  /** A language whose dictionary could not be downloaded: the page stayed in the other one. */
  langFailed: Lang | null;
  /** Switch once the language's dictionary is here, so no frame mixes the two; a failed download keeps the current one. */
  setLang: (lang: Lang) => void;
  dismissLangFailed: () => void;
  setTheme: (theme: Theme) => void;
  setView: (view: View) => void;
  setPanel: (panel: SidePanel) => void;
  setSheet: (sheet: Sheet) => void;
  setSheetSize: (size: SheetSize) => void;
  setRefitOnFilter: (on: boolean) => void;
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
  /** The authoring workspace's page, or null for the explorer; the URL's hash carries it. */
  workspace: WorkspaceRoute | null;
  /** Open a workspace page (null: the explorer). Previewing a draft makes it the explorer's graph. */
  openWorkspace: (route: WorkspaceRoute | null) => void;
  source: GraphSource;
  /** The user's merge decisions and added articles for the open corpus (null: as the file says). */
  corpusEdits: CorpusEdits | null;
  setCorpusEdits: (edits: CorpusEdits | null) => void;
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
  'articleFilter',
  'timeRange',
  'lang',
  'view',
  'panel',
  'search',
  'pathEnds',
  'scene',
  'source',
  'workspace',
] as const;

export type ViewState = Pick<AppState, (typeof VIEW_KEYS)[number]>;

export type AppState = SelectionSlice & FilterSlice & UiSlice & SceneSlice & GraphSlice;

export const DEFAULT_GRAPH_ID = 'putin-china-visit';

export { LANG_STORAGE_KEY };
export const THEME_STORAGE_KEY = 'age.theme';
export const REFIT_STORAGE_KEY = 'age.refitOnFilter';

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
  return storedOrPreferredLang();
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
  articleFilter: null,
  timeRange: null,
} satisfies Partial<FilterSlice>;

const defaultSource: GraphSource = { kind: 'bundled', id: DEFAULT_GRAPH_ID };

/** A graph newly opened starts with nothing selected, filtered or searched. */
function freshGraph(source: GraphSource) {
  return {
    source,
    corpusEdits: null,
    selection: null,
    spanCursor: 0,
    sentence: null,
    pathEnds: { from: null, to: null },
    search: '',
    scene: emptySceneState,
    ...emptyFilters,
  };
}

export const useAppStore = create<AppState>()((set, get) => ({
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
  clearSelection: () => set({ selection: null, spanCursor: 0, sentence: null, sheet: null, sheetSize: 'peek' }),
  setSpanCursor: (spanCursor) => set({ spanCursor }),
  setSentence: (sentence) => set({ sentence }),
  readSentence: (sentence) => set({ panel: 'article', sentence, sheet: 'side' }),

  ...emptyFilters,
  isolated: 'fade',
  setRelationTypesHidden: (ids, hidden) => set((s) => ({ hiddenRelationTypes: withIds(s.hiddenRelationTypes, ids, hidden) })),
  showOnlyRelationTypes: (all, keep) => {
    const kept = new Set(keep);
    set({ hiddenRelationTypes: new Set(all.filter((id) => !kept.has(id))) });
  },
  setNodeTypesHidden: (ids, hidden) => set((s) => ({ hiddenNodeTypes: withIds(s.hiddenNodeTypes, ids, hidden) })),
  setAttribution: (attribution) => set({ attribution }),
  setIsolated: (isolated) => set({ isolated }),
  setFocus: (focus) => set({ focus }),
  setArticleFilter: (articleFilter) => set({ articleFilter }),
  setTimeRange: (timeRange) => set({ timeRange }),
  resetFilters: () => set({ ...emptyFilters }),

  lang: initialLang(),
  theme: initialTheme(),
  view: 'graph',
  panel: 'details',
  sheet: null,
  sheetSize: 'peek',
  refitOnFilter: readStored(REFIT_STORAGE_KEY) === 'true',
  search: '',
  pathEnds: { from: null, to: null },
  langFailed: null,
  setLang: (lang) => {
    const apply = () => {
      writeStored(LANG_STORAGE_KEY, lang);
      set({ lang, langFailed: null });
    };
    if (hasDictionary(lang)) apply();
    else loadDictionary(lang).then(apply, () => set({ langFailed: lang }));
  },
  dismissLangFailed: () => set({ langFailed: null }),
  setTheme: (theme) => {
    writeStored(THEME_STORAGE_KEY, theme);
    set({ theme });
  },
  setView: (view) => set({ view }),
  setPanel: (panel) => set({ panel }),
  setSheet: (sheet) => set(sheet === null ? { sheet, sheetSize: 'peek' } : { sheet }),
  setSheetSize: (sheetSize) => set({ sheetSize }),
  setRefitOnFilter: (refitOnFilter) => {
    writeStored(REFIT_STORAGE_KEY, String(refitOnFilter));
    set({ refitOnFilter });
  },
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

  workspace: null,
  openWorkspace: (workspace) =>
    set((s) => {
      if (workspace?.page === 'preview') {
        if (s.source.kind === 'draft' && s.source.id === workspace.draft) return { workspace };
        return { workspace, ...freshGraph({ kind: 'draft', id: workspace.draft }) };
      }
      // Leaving the preview, the explorer goes back to the article graph.
      return s.source.kind === 'draft' ? { workspace, ...freshGraph(defaultSource) } : { workspace };
    }),
  source: { kind: 'bundled', id: DEFAULT_GRAPH_ID },
  corpusEdits: null,
  setCorpusEdits: (corpusEdits) => set({ corpusEdits }),
  openGraph: (source) =>
    set((s) => ({
      // Another graph picked while previewing a draft ends the preview.
      ...(source.kind !== 'draft' && s.workspace?.page === 'preview' ? { workspace: null } : {}),
      ...freshGraph(source),
    })),
  applyViewState: (view) => {
    // Another language whose dictionary is not here yet follows once it is (setLang).
    const { lang, ...rest } = view;
    const later = lang !== undefined && lang !== get().lang && !hasDictionary(lang);
    const state: Partial<ViewState> = later ? rest : view;
    if (later) get().setLang(lang);
    if (state.lang) writeStored(LANG_STORAGE_KEY, state.lang);
    set((s) => {
      // A step back out of a preview (the URL names no graph) returns to the article graph.
      const leftPreview = state.source === undefined && s.source.kind === 'draft' && state.workspace?.page !== 'preview';
      const next = leftPreview ? { ...state, source: defaultSource } : state;
      // A link to a selection opens its details (on phones, the sheet), as a click would.
      return next.selection ? { ...next, sheet: 'side' as const } : next;
    });
  },
}));
