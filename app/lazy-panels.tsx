import { lazy, Suspense, type ComponentProps, type ComponentType } from 'react';
import type { ShortcutsDialog as ShortcutsDialogComponent } from './features/shortcuts/ShortcutsDialog';
import { afterFirstFrame } from './shared/after-first-frame';

/**
 * Panels the first canvas frame does not need, each in a chunk of its own: the canvas
 * is created once the app's first render commits, so everything rendered with it (and
 * every byte parsed before it) delays the graph. Each chunk starts loading when its
 * panel first renders, and all of them once the page is idle after the first frame, so a
 * tab opens at once later. The fallback is empty: the tab's frame is already drawn.
 */
function lazyPanel<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> & { preload: () => void } {
  const Lazy = lazy(async () => ({ default: await load() }));
  const Panel = (props: P) => (
    <Suspense fallback={null}>
      <Lazy {...props} />
    </Suspense>
  );
  return Object.assign(Panel, { preload: () => void load() });
}

export const DetailsPanel = lazyPanel(() => import('./features/details/DetailsPanel').then((m) => m.DetailsPanel));
export const ArticlePane = lazyPanel(() => import('./features/article/ArticlePane').then((m) => m.ArticlePane));
export const ClaimsView = lazyPanel(() => import('./features/claims/ClaimsView').then((m) => m.ClaimsView));
export const PathFinder = lazyPanel(() => import('./features/path/PathFinder').then((m) => m.PathFinder));
export const CorpusPanel = lazyPanel(() => import('./features/corpus/CorpusPanel').then((m) => m.CorpusPanel));
export const ListView = lazyPanel(() => import('./features/list-view/ListView').then((m) => m.ListView));
export const ShortcutsDialog = lazyPanel<ComponentProps<typeof ShortcutsDialogComponent>>(() =>
  import('./features/shortcuts/ShortcutsDialog').then((m) => m.ShortcutsDialog),
);

/** Fetch every panel's chunk once the graph is drawn and the browser is idle. */
export function preloadPanels(): void {
  void afterFirstFrame().then(() => [DetailsPanel, ArticlePane, ClaimsView, PathFinder, ListView, ShortcutsDialog].forEach((panel) => panel.preload()));
}
