import type { Lang } from '../../domain/schema';

/** Where the reader's choice of language is kept between visits. */
export const LANG_STORAGE_KEY = 'age.lang';

/**
 * First visit follows the browser's preferred language; later visits the stored choice.
 * A module with nothing else in it, so that the page's first small script
 * (app/start-language.ts) can choose the dictionary without the app's code.
 */
export function storedOrPreferredLang(): Lang {
  let stored: string | null = null;
  try {
    stored = globalThis.localStorage?.getItem(LANG_STORAGE_KEY) ?? null;
  } catch {
    // Storage disabled: the browser's preference decides.
  }
  if (stored === 'ar' || stored === 'en') return stored;
  const preferred = globalThis.navigator?.languages ?? [];
  for (const l of preferred) {
    if (l.toLowerCase().startsWith('ar')) return 'ar';
    if (l.toLowerCase().startsWith('en')) return 'en';
  }
  return 'en';
}
