import '@fontsource/noto-sans-arabic/arabic-400.css';
import '@fontsource/noto-sans-arabic/arabic-700.css';
import '@fontsource/noto-sans-arabic/latin-400.css';
import '@fontsource/noto-sans-arabic/latin-700.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { graphQueryOptions } from './data/graph-query';
import { GraphView, preloadPanels } from './lazy-panels';
import { createQueryClient, Providers } from './providers';
import { hydrateDrafts } from './state/drafts';
import { useAppStore } from './state/store';
import { applyDocumentLanguage } from './shared/i18n/translate';
import { hydrateFromUrl } from './state/use-url-sync';

/**
 * Cytoscape measures labels once and caches the sizes, so the Arabic font must be
 * loaded before the first graph is drawn (document.fonts.ready alone is not enough).
 */
async function loadFonts(): Promise<void> {
  try {
    await Promise.all([
      document.fonts.load('16px "Noto Sans Arabic"', 'عربي'),
      document.fonts.load('bold 16px "Noto Sans Arabic"', 'عربي'),
      document.fonts.load('16px "Noto Sans Arabic"', 'Latin'),
    ]);
  } catch {
    // A font that fails to load must not stop the app; labels fall back to system fonts.
  }
}

// The canvas's code (Cytoscape) downloads and compiles while the fonts and the graph do.
GraphView.preload();
hydrateFromUrl();
applyDocumentLanguage(useAppStore.getState().lang);
// The drafts are read from IndexedDB while the page starts; the workspace waits for them.
void hydrateDrafts();
const root = document.getElementById('root');
if (root) {
  // The graph is fetched and validated while the fonts download, not after them; the
  // query's result (or error) is waiting in the cache when the app first renders.
  const client = createQueryClient();
  const { source } = useAppStore.getState();
  if (source.kind !== 'draft') void client.prefetchQuery(graphQueryOptions(source));
  void loadFonts().then(() => {
    performance.mark('age:fonts-ready');
    createRoot(root).render(
      <StrictMode>
        <Providers client={client}>
          <App />
        </Providers>
      </StrictMode>,
    );
    preloadPanels();
  });
}
