import { storedOrPreferredLang } from './shared/i18n/reader-lang';
import { loadDictionary } from './shared/i18n/translate';

/**
 * The reader's dictionary, asked for as early as possible: in the build this is a small
 * script of its own that index.html loads `async` beside the app's (vite.config.ts,
 * scripts/vite/font-preload-plugin.ts), so the download starts while the app's script
 * is still arriving and compiling; main.tsx imports it too (the same module, run once),
 * which is what the dev server uses. The language is the link's, else the stored or the
 * browser's one, as the store will have it; main.tsx waits for the same download
 * (loadDictionary is shared) before the first render.
 */
const fromLink = new URLSearchParams(window.location.hash.slice(1)).get('lang');
void loadDictionary(fromLink === 'ar' || fromLink === 'en' ? fromLink : storedOrPreferredLang()).catch(() => undefined);
