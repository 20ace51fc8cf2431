import type { Graph } from '../../domain/schema';
import { createAnnotationDoc, cutArticle, sentencesFromCut } from '../../domain/annotation/sentences';
import type { AnnotationDoc, AnnotationSentence as DocSentence } from '../../domain/annotation/schema';

/** The sentences the article will be cut into, and the furniture lines left out, for the preview. */
export function cutToSentences(text: string): { sentences: DocSentence[]; furniture: string[] } {
  const cut = cutArticle(text);
  return { sentences: sentencesFromCut(cut), furniture: cut.furniture.map((f) => f.text) };
}

/**
 * An empty document on the seed graph's vocabulary (as `npm run graph:new` makes it), with
 * the English title the user typed as the title's translation.
 */
export function newDoc(args: { id: string; text: string; titleEn: string; source: string; vocabulary: Graph }): AnnotationDoc {
  const { categories, nodeTypes, relationTypes } = args.vocabulary;
  const doc = createAnnotationDoc(args.text, { id: args.id, source: args.source, vocabulary: { ...(categories ? { categories } : {}), nodeTypes, relationTypes } });
  const titleEn = args.titleEn.trim();
  if (!titleEn) return doc;
  return {
    ...doc,
    article: { ...doc.article, title: { ...doc.article.title, en: titleEn } },
    sentences: doc.sentences.map((s) => (s.role === 'title' ? { ...s, en: titleEn } : s)),
  };
}
