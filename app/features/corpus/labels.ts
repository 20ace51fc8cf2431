import type { Corpus } from '../../domain/corpus/schema';
import type { Lang } from '../../domain/schema';

export function articleTitle(corpus: Corpus, id: string, lang: Lang): string {
  return corpus.articles.find((a) => a.id === id)?.title[lang] ?? id;
}
