import { createContext, useContext } from 'react';
import type { TextAttrs } from '../../domain/text-direction';

/** The open article's language and direction, for every piece of its text on the page. */
export const ArticleTextContext = createContext<TextAttrs>({ lang: 'ar', dir: 'rtl' });

export function useArticleText(): TextAttrs {
  return useContext(ArticleTextContext);
}
