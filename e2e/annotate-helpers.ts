import { expect, type Locator, type Page } from '@playwright/test';
import '../app/shared/i18n/all-dictionaries';
import { translate, type MessageKey } from '../app/shared/i18n/translate';

export type Lang = 'en' | 'ar';

/** The interface's strings in a language, as the specs name controls by them. */
export function tr(lang: Lang) {
  return (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);
}

/** A new draft of an article pasted in the intake form, cut into sentences and opened for annotation. */
export async function startDraft(page: Page, lang: Lang, article: string, titleEn: string): Promise<void> {
  const t = tr(lang);
  await page.addInitScript((l) => window.localStorage.setItem('age.lang', l), lang);
  await page.goto('/#ws=new');
  await page.getByLabel(t('author.pasteLabel')).fill(article);
  await page.getByLabel(t('author.titleEn')).fill(titleEn);
  await page.getByRole('button', { name: t('author.cut') }).click();
  await page.getByRole('button', { name: t('author.create') }).click();
  await expect(sentenceGroup(page, lang, 'lede')).toBeVisible();
}

/** A sentence of the annotation text, by the name the workspace gives it. */
export function sentenceGroup(page: Page, lang: Lang, which: 'title' | 'lede' | number): Locator {
  const t = tr(lang);
  const name = which === 'title' ? t('details.sentenceRole.title') : which === 'lede' ? t('details.sentenceRole.lede') : t('details.sentenceRole.body', { n: which });
  return page.getByRole('group', { name, exact: true });
}

/**
 * The accessible name of words drawn dim as a proposal, whatever the words: those that are not
 * in the entity's name (another spelling, a prefix, another language) lead it ("عمان: …").
 */
export function proposalNamed(name: string): RegExp {
  return new RegExp(`^([^:]+: )?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}
