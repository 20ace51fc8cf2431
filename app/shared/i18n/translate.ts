import type { Lang } from '../../domain/schema';
import { ar } from './ar';
import { en, type MessageKey } from './en';

export type { MessageKey };

const dictionaries: Record<Lang, Record<MessageKey, string>> = { en, ar };

/** Digits stay ASCII in both languages: the article itself writes 8000 that way. */
export function translate(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  let text: string = dictionaries[lang][key];
  if (params) for (const [k, v] of Object.entries(params)) text = text.replaceAll(`{${k}}`, String(v));
  return text;
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** The one place that sets the document's language and direction. */
export function applyDocumentLanguage(lang: Lang): void {
  const root = document.documentElement;
  root.lang = lang;
  root.dir = lang === 'ar' ? 'rtl' : 'ltr';
  document.title = translate(lang, 'app.title');
}
