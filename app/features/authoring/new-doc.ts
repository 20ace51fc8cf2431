import type { Graph } from '../../domain/schema';
import { createAnnotationDoc, cutArticle, sentencesFromCut } from '../../domain/annotation/sentences';
import type { AnnotationDoc, AnnotationSentence as DocSentence } from '../../domain/annotation/schema';
import { withNewsVocabulary } from '../../domain/annotation/news-vocabulary';

/** The sentences the article will be cut into, and the furniture lines left out, for the preview. */
export function cutToSentences(text: string): { sentences: DocSentence[]; furniture: string[] } {
  const cut = cutArticle(text);
  return { sentences: sentencesFromCut(cut), furniture: cut.furniture.map((f) => f.text) };
}

/**
 * An empty document on the general news vocabulary joined to the seed graph's (so it has
 * every type the seed graph uses), with the English title the user typed as the title's
 * translation.
 */
export function newDoc(args: { id: string; text: string; titleEn: string; source: string; vocabulary: Graph }): AnnotationDoc {
  const vocabulary = withNewsVocabulary(args.vocabulary);
  const doc = createAnnotationDoc(args.text, { id: args.id, source: args.source, vocabulary });
  const titleEn = args.titleEn.trim();
  if (!titleEn) return doc;
  return {
    ...doc,
    article: { ...doc.article, title: { ...doc.article.title, en: titleEn } },
    sentences: doc.sentences.map((s) => (s.role === 'title' ? { ...s, en: titleEn } : s)),
  };
}
