import { useMemo, useSyncExternalStore } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useShallow } from 'zustand/react/shallow';
import { analysisQueryOptions } from '../data/analysis-query';
import type { GraphAnalysis } from '../domain/analysis';
import { computeScene, isWholeGraphDrawable, wholeScene, type Scene, type SceneState } from '../domain/scene';
import type { GraphIndex } from '../domain/graph-index';
import { buildSearchIndex, searchEntities, type EntityHit } from '../domain/search';
import { computeVisibility, type Visibility, type VisibilityFilters } from '../domain/visibility';
import { translate, type Translate } from '../shared/i18n/translate';
import { useAppStore } from './store';

export { useCurrentGraphQuery, useGraphIndex } from './current-graph';

export function useT(): Translate {
  const lang = useAppStore((s) => s.lang);
  return useMemo(() => (key, params) => translate(lang, key, params), [lang]);
}

/**
 * The last visibility computed, shared by every component: the canvas, filters, list,
 * claims, path, shortcuts and export all ask for it after one filter change, and it is
 * linear in the graph, so it is computed once per (graph, filters), not once per caller.
 */
let lastVisibility: { index: GraphIndex; filters: VisibilityFilters; result: Visibility } | null = null;

function sameFilters(a: VisibilityFilters, b: VisibilityFilters): boolean {
  return (
    a.hiddenRelationTypes === b.hiddenRelationTypes &&
    a.hiddenNodeTypes === b.hiddenNodeTypes &&
    a.attribution === b.attribution &&
    a.focus === b.focus &&
    a.isolated === b.isolated &&
    a.article === b.article &&
    a.timeRange === b.timeRange
  );
}

function sharedVisibility(index: GraphIndex, filters: VisibilityFilters): Visibility {
  if (lastVisibility && lastVisibility.index === index && sameFilters(lastVisibility.filters, filters)) return lastVisibility.result;
  const result = computeVisibility(index, filters);
  lastVisibility = { index, filters, result };
  return result;
}

function filtersOf(s: ReturnType<typeof useAppStore.getState>): VisibilityFilters {
  return {
    hiddenRelationTypes: s.hiddenRelationTypes,
    hiddenNodeTypes: s.hiddenNodeTypes,
    attribution: s.attribution,
    focus: s.focus,
    isolated: s.isolated,
    article: s.articleFilter,
    timeRange: s.timeRange,
  };
}

export function useVisibility(index: GraphIndex | undefined): Visibility | undefined {
  const filters = useAppStore(useShallow(filtersOf));
  return useMemo(() => (index ? sharedVisibility(index, filters) : undefined), [index, filters]);
}

/**
 * The visibility as the filters stand now, for an event handler: reading it there rather
 * than in render keeps a component that needs it only on a key from re-rendering (and
 * its whole subtree with it) at every filter change.
 */
export function currentVisibility(index: GraphIndex): Visibility {
  return sharedVisibility(index, filtersOf(useAppStore.getState()));
}

/** The open graph's communities and key actors, once the worker has computed them. */
export function useAnalysis(index: GraphIndex | undefined): GraphAnalysis | undefined {
  const { data } = useQuery({ ...analysisQueryOptions(index?.graph ?? EMPTY_GRAPH), enabled: index !== undefined });
  return index ? data : undefined;
}

const EMPTY_GRAPH = { nodes: [], edges: [] } as unknown as GraphIndex['graph'];

let lastScene: { visibility: Visibility; analysis: GraphAnalysis; state: SceneState; selected: string | null; result: Scene } | null = null;

function sharedScene(index: GraphIndex, visibility: Visibility, analysis: GraphAnalysis, state: SceneState, selected: string | null): Scene {
  const last = lastScene;
  if (last && last.visibility === visibility && last.analysis === analysis && last.state === state && last.selected === selected) return last.result;
  const result = computeScene({ index, visibility, analysis, state, selected });
  lastScene = { visibility, analysis, state, selected, result };
  return result;
}

/**
 * What the canvas draws (domain/scene.ts), shared by the canvas, list, details and
 * export. A graph the budget holds is drawn whole at once; a larger one has no scene
 * (undefined) until its communities are known.
 */
export function useScene(index: GraphIndex | undefined): Scene | undefined {
  const visibility = useVisibility(index);
  const whole = visibility !== undefined && isWholeGraphDrawable(visibility);
  const analysis = useAnalysis(whole ? undefined : index);
  const state = useAppStore((s) => s.scene);
  const selection = useAppStore((s) => s.selection);
  const selected = selection?.kind === 'node' ? selection.id : null;
  return useMemo(() => {
    if (!index || !visibility) return undefined;
    if (whole) return wholeScene(visibility);
    if (!analysis) return undefined;
    return sharedScene(index, visibility, analysis, state, selected);
  }, [index, visibility, whole, analysis, state, selected]);
}

/** How many entity hits are ranked: the canvas marks them all, the search box lists the first few. */
export const ENTITY_HIT_LIMIT = 50;

/**
 * The entities a query finds, best first: one hook for the search box and the canvas, so
 * both rank the same way (and share the domain's cached ranking of the last query).
 */
export function useEntityHits(index: GraphIndex | undefined, query: string): readonly EntityHit[] {
  return useMemo(() => (index && query.trim() ? searchEntities(buildSearchIndex(index.graph), query, ENTITY_HIT_LIMIT) : []), [index, query]);
}

function subscribeColorScheme(callback: () => void): () => void {
  const query = window.matchMedia('(prefers-color-scheme: dark)');
  query.addEventListener('change', callback);
  return () => query.removeEventListener('change', callback);
}

/** The theme in force: the user's choice, or the system's when they have not chosen. */
export function useDarkMode(): boolean {
  const theme = useAppStore((s) => s.theme);
  const systemDark = useSyncExternalStore(
    subscribeColorScheme,
    () => window.matchMedia('(prefers-color-scheme: dark)').matches,
    () => false,
  );
  return theme === 'dark' || (theme === 'system' && systemDark);
}
