import type { Graph } from '../../domain/schema';
import { cutArticle, type AnnotationDoc, type DocSentence } from './core';

export const GRAPH_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Mostly Arabic letters: an Arabic article; otherwise the text's language is English. */
export function guessLang(text: string): 'ar' | 'en' {
  const arabic = text.match(/[\u0600-\u06FF]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return arabic >= latin ? 'ar' : 'en';
}

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

export function cutToSentences(text: string, titleEn: string): { sentences: DocSentence[]; furniture: string[] } {
  const cut = cutArticle(text);
  const rows: Omit<DocSentence, 'id'>[] = [
    { role: 'title' as const, text: cut.title, en: titleEn },
    { role: 'lede' as const, text: cut.lede, en: '' },
    ...cut.body.map((t) => ({ role: 'body' as const, text: t, en: '' })),
  ].filter((s) => s.text.trim() !== '');
  return { sentences: rows.map((s, i) => ({ ...s, id: `s${i}` })), furniture: cut.furniture };
}

/** An empty document on the seed graph's vocabulary, so a new graph speaks the same types. */
export function newDoc(args: { id: string; text: string; titleEn: string; source: string; vocabulary: Graph }): AnnotationDoc {
  const { sentences } = cutToSentences(args.text, args.titleEn);
  const title = sentences[0]?.text ?? args.titleEn;
  return {
    format: 'article-graph-annotations',
    version: 1,
    id: args.id,
    article: { title: { ar: title, en: args.titleEn.trim() || title }, lang: guessLang(args.text), source: args.source },
    sentences,
    ...(args.vocabulary.categories ? { categories: args.vocabulary.categories } : {}),
    nodeTypes: args.vocabulary.nodeTypes,
    relationTypes: args.vocabulary.relationTypes,
    entities: [],
    relations: [],
  };
}
