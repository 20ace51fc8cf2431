import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { ExportMenu } from './features/export/ExportMenu';
import { FilterPanel } from './features/filters/FilterPanel';
import { Legend } from './features/legend/Legend';
import { EncodingPanel } from './features/encoding/EncodingPanel';
import { LoadError } from './features/graph-source/LoadError';
import { loadErrorMessage, loadErrorTechnical } from './features/graph-source/load-error-message';
import { Announcer } from './features/announcer/Announcer';
// Panels the first canvas frame does not need load in chunks of their own.
import { ArticlePane, ClaimsView, CorpusPanel, DetailsPanel, GraphView, ListView, PathFinder, ShortcutsDialog, Timeline } from './lazy-panels';
import { FocusBanner } from './features/focus/FocusBanner';
import { OverflowMenu } from './features/overflow-menu/OverflowMenu';
import { SheetHandle } from './features/sheet-handle/SheetHandle';
import { GraphSourceBar } from './features/graph-source/GraphSourceBar';
import { AboutArticle } from './features/article/AboutArticle';
import { SearchBox } from './features/search/SearchBox';
import { ShareButton } from './features/settings/ShareButton';
import { Tabs } from './shared/ui/Tabs';
import { PanelBoundary } from './shared/ui/PanelBoundary';
import type { SidePanel } from './state/store';
import { LanguageFailedNotice, LanguageSwitch } from './features/settings/LanguageSwitch';
import { ThemeSwitch } from './features/settings/ThemeSwitch';
import { ViewSwitch } from './features/settings/ViewSwitch';
import { useShortcuts } from './features/shortcuts/useShortcuts';
import { useShortcutScope } from './shared/keyboard/use-shortcut-scope';
import { GraphLoadError } from './data/graph-query';
import { useCurrentGraphQuery, useDarkMode, useGraphIndex, useT } from './state/hooks';
import { DEFAULT_GRAPH_ID, useAppStore } from './state/store';
import { applyDocumentLanguage } from './shared/i18n/translate';
import { articleText } from './domain/text-direction';
import { ArticleTextContext } from './shared/ui/article-text';
import { useUrlSync } from './state/use-url-sync';
import { SkipLinks } from './features/skip-links/SkipLinks';
import { MAIN_ID, SIDE_PANEL_ID } from './shared/ids';
import { targetRef } from './shared/focus-targets';
import { AuthoringSkipLink } from './features/authoring/AuthoringSkipLink';
import { loadAuthoringWorkspace } from './features/authoring/load-workspace';
import { NewGraphButton } from './features/authoring/NewGraphButton';

// The authoring workspace is its own chunk: explorers who never author never load it.
const AuthoringWorkspace = lazy(() => loadAuthoringWorkspace().then((m) => ({ default: m.AuthoringWorkspace })));

export function App() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const dark = useDarkMode();
  const query = useCurrentGraphQuery();
  const [help, setHelp] = useState(false);
  // The shell, from the URL: the explorer, or an authoring page (a draft's preview is the explorer's).
  const workspace = useAppStore((s) => s.workspace);
  const explorerShown = workspace === null || workspace.page === 'preview';
  const openHelp = useCallback(() => setHelp(true), []);
  useShortcutScope('app', { help: openHelp });
  useShortcuts(explorerShown);
  useUrlSync();

  useEffect(
    function setDocumentLanguage() {
      applyDocumentLanguage(lang);
    },
    [lang],
  );
  useEffect(
    function setDocumentTheme() {
      document.documentElement.dataset.theme = dark ? 'dark' : 'light';
    },
    [dark],
  );

  return (
    <div className="app">
      {explorerShown ? <SkipLinks /> : <AuthoringSkipLink />}
      <header className="app-header">
        <div className="brand">
          <h1>{t('app.title')}</h1>
          {explorerShown && query.data && (
            <p className="brand__article" title={query.data.article.title[lang === 'ar' ? 'en' : 'ar']}>
              {query.data.article.title[lang]}
            </p>
          )}
          {explorerShown && query.data && <AboutArticle />}
        </div>
        {explorerShown && <SearchBox />}
        <div className="header-tools">
          {explorerShown && <SheetButtons />}
          <OverflowMenu>
            {!workspace && <NewGraphButton />}
            {explorerShown && <ViewSwitch />}
            {explorerShown && <ExportMenu />}
            <ShareButton />
            <LanguageSwitch />
            <ThemeSwitch />
            <button type="button" className="toolbar-button icon-button" aria-label={t('header.shortcuts')} title={`${t('header.shortcuts')} (?)`} onClick={openHelp}>
              ?
            </button>
          </OverflowMenu>
        </div>
      </header>
      <LanguageFailedNotice />
      {workspace && (
        <PanelBoundary part="authoring">
          <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
            <AuthoringWorkspace route={workspace} />
          </Suspense>
        </PanelBoundary>
      )}
      {explorerShown && (
        <>
          {query.isPending && (
            <p className="loading" role="status">
              {t('app.loading')}
            </p>
          )}
          {query.isError && <GraphError error={query.error} />}
          {query.data && (
            <ArticleTextContext value={articleText(query.data.article)}>
              <Workspace />
            </ArticleTextContext>
          )}
        </>
      )}
      <Announcer />
      <ShortcutsDialog open={help} onClose={() => setHelp(false)} />
    </div>
  );
}

function SidePanels() {
  const t = useT();
  const panel = useAppStore((s) => s.panel);
  const setPanel = useAppStore((s) => s.setPanel);
  const isCorpus = useGraphIndex()?.graph.articles !== undefined;
  const tabs: { key: SidePanel; label: string; render: () => React.ReactNode }[] = [
    ...(isCorpus ? [{ key: 'corpus' as const, label: t('tabs.corpus'), render: () => <CorpusPanel /> }] : []),
    { key: 'details', label: t('tabs.details'), render: () => <DetailsPanel /> },
    { key: 'article', label: t('tabs.article'), render: () => <ArticlePane /> },
    { key: 'claims', label: t('tabs.claims'), render: () => <ClaimsView /> },
    { key: 'path', label: t('tabs.path'), render: () => <PathFinder /> },
  ];
  return <Tabs tabs={tabs} active={panel} onChange={setPanel} label={t('details.region')} idPrefix="side" />;
}

/** On phones the panels are sheets; these open and close them. */
function SheetButtons() {
  const t = useT();
  const sheet = useAppStore((s) => s.sheet);
  const setSheet = useAppStore((s) => s.setSheet);
  return (
    <div className="mobile-only segmented">
      <button type="button" aria-pressed={sheet === 'filters'} onClick={() => setSheet(sheet === 'filters' ? null : 'filters')}>
        {t('header.filters')}
      </button>
      <button type="button" aria-pressed={sheet === 'side'} onClick={() => setSheet(sheet === 'side' ? null : 'side')}>
        {t('header.panel')}
      </button>
    </div>
  );
}

function GraphError({ error }: { error: Error }) {
  const t = useT();
  const source = useAppStore((s) => s.source);
  const openGraph = useAppStore((s) => s.openGraph);
  const problems = error instanceof GraphLoadError ? error.problems : [];
  return (
    <main className="error-page">
      <LoadError title={t('app.loadFailed')} message={loadErrorMessage(error, t)} problems={problems} technical={loadErrorTechnical(error)}>
        {!(source.kind === 'bundled' && source.id === DEFAULT_GRAPH_ID) && (
          <button type="button" onClick={() => openGraph({ kind: 'bundled', id: DEFAULT_GRAPH_ID })}>
            {t('app.retry')}
          </button>
        )}
      </LoadError>
    </main>
  );
}

function Workspace() {
  const t = useT();
  const index = useGraphIndex();
  const view = useAppStore((s) => s.view);
  if (!index) return null;
  return (
    <WorkspaceFrame view={view}>
      <aside className="pane pane--filters" aria-label={t('filters.region')}>
        <PanelBoundary part="filters">
          <GraphSourceBar />
          <FilterPanel />
        </PanelBoundary>
      </aside>
      <main id={MAIN_ID} className="pane pane--center" tabIndex={-1}>
        <FocusBanner />
        {/* The canvas stays mounted in list view so its layout and viewport survive. */}
        <div className="graph-stage" hidden={view !== 'graph'}>
          <PanelBoundary part="canvas">
            <GraphView index={index} />
            <Legend />
            <EncodingPanel />
          </PanelBoundary>
        </div>
        {view === 'graph' && index.graph.articles && <Timeline index={index} />}
        {view === 'list' && (
          <section className="list-stage" aria-label={t('list.region')}>
            <PanelBoundary part="list">
              <ListView />
            </PanelBoundary>
          </section>
        )}
      </main>
      <aside ref={targetRef('side-panel')} id={SIDE_PANEL_ID} className="pane pane--side" aria-label={t('details.region')} tabIndex={-1}>
        <SheetHandle />
        <PanelBoundary part="side">
          <SidePanels />
        </PanelBoundary>
      </aside>
    </WorkspaceFrame>
  );
}

/**
 * The panes' frame, which alone reads the phone sheet's state: a click selects and opens
 * the side sheet at once, and the panes (canvas, filters, side panel) are then not
 * drawn again for the sheet, only by what they read themselves.
 */
function WorkspaceFrame({ view, children }: { view: string; children: React.ReactNode }) {
  const sheet = useAppStore((s) => s.sheet);
  const sheetSize = useAppStore((s) => s.sheetSize);
  return (
    <div className="workspace" data-view={view} data-sheet={sheet ?? undefined} data-sheet-size={sheetSize}>
      {children}
    </div>
  );
}
