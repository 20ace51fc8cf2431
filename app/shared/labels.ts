import type { GraphIndex } from '../domain/graph-index';
import type { Lang } from '../domain/schema';
import { isMessageKey, translate } from './i18n/translate';

/** A category's label: the graph's own, else the app's dictionary, else its id. */
export function categoryLabel(index: GraphIndex, category: string, lang: Lang): string {
  const own = index.graph.categories?.find((c) => c.id === category);
  if (own) return own.label[lang];
  const key = `category.${category}`;
  return isMessageKey(key) ? translate(lang, key) : category;
}

export function nodeTypeLabel(index: GraphIndex, type: string, lang: Lang): string {
  return index.nodeTypeLabel.get(type)?.[lang] ?? type;
}
