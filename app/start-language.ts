import { loadDictionary } from './shared/i18n/translate';
import { initialLang } from './state/store';

/**
 * The reader's dictionary, asked for as the first script starts running (main.tsx
 * imports this first), so its download overlaps the rest of the start-up instead of
 * following it. The language is the link's, else the stored or the browser's one, as
 * the store will have it; main.tsx waits for the same download before the first render.
 */
const fromLink = new URLSearchParams(window.location.hash.slice(1)).get('lang');
void loadDictionary(fromLink === 'ar' || fromLink === 'en' ? fromLink : initialLang()).catch(() => undefined);
