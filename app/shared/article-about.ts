import type { Graph, Lang } from '../domain/schema';
import type { Translate } from './i18n/translate';

type Article = Graph['article'];

function languageName(code: string, lang: Lang): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** An ISO date as a reader writes it, digits ASCII in both languages as elsewhere in the app. */
export function formatPublished(date: string, lang: Lang): string {
  const at = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(at.getTime())) return date;
  return new Intl.DateTimeFormat(lang === 'ar' ? 'ar-u-nu-latn' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(at);
}

/** Who published the article and when, as far as the file says. */
export function publishedLine(article: Article, lang: Lang, t: Translate): string {
  const { outlet, published } = article;
  if (outlet && published) return t('about.outletDate', { outlet, date: formatPublished(published, lang) });
  if (outlet) return t('about.outlet', { outlet });
  if (published) return t('about.date', { date: formatPublished(published, lang) });
  return t('about.unknown');
}

/** Whether the text is itself a translation, and by what; empty when it is an original. */
export function translationLine(article: Article, lang: Lang, t: Translate): string {
  const translation = article.translation;
  if (!translation) return '';
  const params = { language: languageName(translation.from, lang), text: languageName(article.lang, lang) };
  return translation.machine ? t('about.machineTranslation', params) : t('about.translation', params);
}

/** One line for under a published picture: "Source: outlet, date · machine-translated from English". */
export function sourceLine(article: Article, lang: Lang, t: Translate): string {
  const known = [article.outlet, article.published ? formatPublished(article.published, lang) : undefined].filter((x): x is string => Boolean(x));
  const parts = [known.length > 0 ? known.join(lang === 'ar' ? '، ' : ', ') : t('export.sourceUnnamed')];
  if (article.translation) {
    const language = languageName(article.translation.from, lang);
    parts.push(article.translation.machine ? t('export.machineTranslated', { language }) : t('export.translatedFrom', { language }));
  }
  return t('export.sourceLine', { parts: parts.join(' · ') });
}
