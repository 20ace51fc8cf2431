import { afterFirstFrame } from './shared/after-first-frame';
import { lazyPart, PartLoading } from './shared/ui/lazy-part';

/**
 * Parts of the page in chunks of their own, so the first script stays small. The canvas
 * (Cytoscape) is one: it is needed for the first frame, so index.html preloads it
 * (scripts/vite/font-preload-plugin.ts) and main.tsx asks for it at once. The panels the first canvas frame does
 * not need start loading when they first render, and all of them once the page is idle
 * after the first frame, so a tab opens at once later.
 */
export const GraphView = lazyPart(() => import('./features/graph-view/GraphView'), (m) => m.GraphView, <PartLoading className="loading loading--canvas" label="app.loading" />);
export const Timeline = lazyPart(() => import('./features/timeline/Timeline'), (m) => m.Timeline);
export const DetailsPanel = lazyPart(() => import('./features/details/DetailsPanel'), (m) => m.DetailsPanel);
export const ArticlePane = lazyPart(() => import('./features/article/ArticlePane'), (m) => m.ArticlePane);
export const ClaimsView = lazyPart(() => import('./features/claims/ClaimsView'), (m) => m.ClaimsView);
export const PathFinder = lazyPart(() => import('./features/path/PathFinder'), (m) => m.PathFinder);
export const CorpusPanel = lazyPart(() => import('./features/corpus/CorpusPanel'), (m) => m.CorpusPanel);
export const ListView = lazyPart(() => import('./features/list-view/ListView'), (m) => m.ListView);
const LazyShortcutsDialog = lazyPart(() => import('./features/shortcuts/ShortcutsDialog'), (m) => m.ShortcutsDialog);

/** Drawn only while open, so its code is not fetched while the first frame is being drawn. */
export function ShortcutsDialog(props: { open: boolean; onClose: () => void }) {
  return props.open ? <LazyShortcutsDialog {...props} /> : null;
}

/** Fetch every panel's chunk once the graph is drawn and the browser is idle. */
export function preloadPanels(): void {
  void afterFirstFrame().then(() => [DetailsPanel, ArticlePane, ClaimsView, PathFinder, ListView, LazyShortcutsDialog].forEach((panel) => panel.preload()));
}
