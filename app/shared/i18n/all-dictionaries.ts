import { ar, arPlurals } from './ar';
import { en, enPlurals } from './en';
import { registerDictionary } from './translate';

/**
 * Both dictionaries, registered at once, for code that runs outside the app's pages:
 * unit tests and Playwright specs that read the app's own strings. The app loads them
 * lazily instead (translate.ts).
 */
registerDictionary('en', { messages: en, plurals: enPlurals });
registerDictionary('ar', { messages: ar, plurals: arPlurals });
