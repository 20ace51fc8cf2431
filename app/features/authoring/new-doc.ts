import type { Graph } from '../../domain/schema';
import { createAnnotationDoc, cutArticle, sentencesFromCut } from '../../domain/annotation/sentences';
import type { AnnotationDoc, AnnotationSentence as DocSentence } from '../../domain/annotation/schema';

export const GRAPH_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** kebab-case from an English title, for the graph id the user can still change. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

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
