import type { Lang } from '../../domain/schema';
import type { MessageKey, PluralForms, PluralKey } from './en';
import { failedModuleUrl } from '../failed-module-url';

export type { MessageKey, PluralKey };

/** One language's strings and counted phrases. */
export interface Dictionary {
  messages: Record<MessageKey, string>;
  plurals: Record<PluralKey, PluralForms>;
}

/**
 * Each language's dictionary is a chunk of its own: a reader downloads the one they read
 * (before the first frame, see main.tsx) and the other only when they switch to it.
 */
const importers: Record<Lang, () => Promise<Dictionary>> = {
  en: () => import('./en').then((m) => ({ messages: m.en, plurals: m.enPlurals })),
  ar: () => import('./ar').then((m) => ({ messages: m.ar, plurals: m.arPlurals })),
};

const dictionaries: Partial<Record<Lang, Dictionary>> = {};
const loading: Partial<Record<Lang, Promise<void>>> = {};
/** The browser remembers a failed module for the page's life: a retry asks under a fresh query. */
const failed: Partial<Record<Lang, { url: string; attempts: number }>> = {};

function importDictionary(lang: Lang): Promise<Dictionary> {
  const retry = failed[lang];
  if (!retry) return importers[lang]();
  return (import(/* @vite-ignore */ `${retry.url}?retry=${retry.attempts}`) as Promise<Record<string, unknown>>).then((m) => ({
    messages: m[lang] as Dictionary['messages'],
    plurals: m[`${lang}Plurals`] as Dictionary['plurals'],
  }));
}
const pluralRules = { en: new Intl.PluralRules('en'), ar: new Intl.PluralRules('ar') } satisfies Record<Lang, Intl.PluralRules>;

/** Make a dictionary available at once (tests and scripts that run outside the browser). */
export function registerDictionary(lang: Lang, dictionary: Dictionary): void {
  dictionaries[lang] = dictionary;
}

export function hasDictionary(lang: Lang): boolean {
  return dictionaries[lang] !== undefined;
}

/** Download a language's dictionary once; a failed download can be tried again. */
export function loadDictionary(lang: Lang): Promise<void> {
  if (dictionaries[lang]) return Promise.resolve();
  loading[lang] ??= importDictionary(lang).then(
    (dictionary) => registerDictionary(lang, dictionary),
    (error: unknown) => {
      const url = failedModuleUrl(error) ?? failed[lang]?.url;
      if (url) failed[lang] = { url, attempts: (failed[lang]?.attempts ?? 0) + 1 };
      delete loading[lang];
      throw error;
    },
  );
  return loading[lang];
}

/** The language's dictionary, or (before it has arrived) whichever one has. */
function dictionaryFor(lang: Lang): Dictionary | undefined {
  return dictionaries[lang] ?? dictionaries.en ?? dictionaries.ar;
}

/** Whether a message key exists (a key built at run time, e.g. from a category id). */
export function isMessageKey(key: string): key is MessageKey {
  const messages = (dictionaries.en ?? dictionaries.ar)?.messages;
  return messages !== undefined && Object.hasOwn(messages, key);
}

/** A count with its noun in the form the language's plural rules ask for ("2 entities", "كيانان"). */
export function countPhrase(lang: Lang, key: PluralKey, count: number): string {
  const forms = dictionaryFor(lang)?.plurals[key];
  if (!forms) return String(count);
  const phrase = forms[pluralRules[lang].select(count)] ?? forms.other;
  return phrase.replaceAll('#', String(count));
}

/**
 * Digits stay ASCII in both languages: the article itself writes 8000 that way.
 * `{name}` is replaced by the parameter; `{name:phrase}` by the counted phrase for it.
 */
export function translate(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  const text: string = dictionaryFor(lang)?.messages[key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)(?::(\w+))?\}/g, (whole, name: string, phrase: string | undefined) => {
    const value = params[name];
    if (value === undefined) return whole;
    return phrase === undefined ? String(value) : countPhrase(lang, phrase as PluralKey, Number(value));
  });
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** The one place that sets the document's language and direction. */
export function applyDocumentLanguage(lang: Lang): void {
  const root = document.documentElement;
  root.lang = lang;
  root.dir = lang === 'ar' ? 'rtl' : 'ltr';
  if (hasDictionary(lang)) document.title = translate(lang, 'app.title');
}
