import './start-language';
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
import { applyDocumentLanguage, loadDictionary } from './shared/i18n/translate';
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

/**
 * The reader's language is drawn from the first frame on, so its dictionary (a chunk of
 * its own) arrives before anything renders. If it cannot be downloaded, the page opens
 * in the other language and says why.
 */
async function loadLanguage(): Promise<void> {
  const { lang } = useAppStore.getState();
  try {
    await loadDictionary(lang);
  } catch {
    const other = lang === 'ar' ? 'en' : 'ar';
    try {
      await loadDictionary(other);
      useAppStore.setState({ lang: other, langFailed: lang });
    } catch {
      // Neither arrived: the page shows its message keys rather than nothing.
    }
  }
  applyDocumentLanguage(useAppStore.getState().lang);
}

// The canvas's code (Cytoscape) downloads and compiles while the fonts and the graph do.
GraphView.preload();
hydrateFromUrl();
applyDocumentLanguage(useAppStore.getState().lang);
const language = loadLanguage();
// The drafts are read from IndexedDB while the page starts; the workspace waits for them.
void hydrateDrafts();
const root = document.getElementById('root');
if (root) {
  // The graph is fetched and validated while the fonts download, not after them; the
  // query's result (or error) is waiting in the cache when the app first renders.
  const client = createQueryClient();
  const { source } = useAppStore.getState();
  if (source.kind !== 'draft') void client.prefetchQuery(graphQueryOptions(source));
  void Promise.all([loadFonts(), language]).then(() => {
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
