import type { Lang } from '../../domain/schema';
import { ar, arPlurals } from './ar';
import { en, enPlurals, type MessageKey, type PluralForms, type PluralKey } from './en';

export type { MessageKey, PluralKey };

const dictionaries: Record<Lang, Record<MessageKey, string>> = { en, ar };
const plurals: Record<Lang, Record<PluralKey, PluralForms>> = { en: enPlurals, ar: arPlurals };
const pluralRules = { en: new Intl.PluralRules('en'), ar: new Intl.PluralRules('ar') } satisfies Record<Lang, Intl.PluralRules>;

/** A count with its noun in the form the language's plural rules ask for ("2 entities", "كيانان"). */
export function countPhrase(lang: Lang, key: PluralKey, count: number): string {
  const forms = plurals[lang][key];
  const phrase = forms[pluralRules[lang].select(count)] ?? forms.other;
  return phrase.replaceAll('#', String(count));
}

/**
 * Digits stay ASCII in both languages: the article itself writes 8000 that way.
 * `{name}` is replaced by the parameter; `{name:phrase}` by the counted phrase for it.
 */
export function translate(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  const text: string = dictionaries[lang][key];
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
  document.title = translate(lang, 'app.title');
}
