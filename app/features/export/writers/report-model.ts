import { edgeSentence, nodeLabel, type GraphIndex } from '../../../domain/graph-index';
import type { Lang, LocalizedNote } from '../../../domain/schema';
import { publishedLine, translationLine } from '../../../shared/article-about';
import type { Translate } from '../../../shared/i18n/translate';
import { categoryLabel } from '../../../shared/labels';
import { categoryColor } from '../../../shared/palette';
import { selectedEdges, type ExportSelection } from '../scope';
import { sentenceRoleLabel } from '../../../shared/i18n/sentence-role';

/** Text with the language it is written in, so a renderer can mark its direction. */
export interface LangText {
  text: string;
  lang: Lang;
}

export interface ReportEvidence {
  sentenceId: string;
  /** "Lede", "Sentence 3": where the reader finds it in the article. */
  place: string;
  /** The whole Arabic sentence and the quote's offsets in it. */
  sentence: string;
  start: number;
  end: number;
  quote: string;
  translation: string;
}

export interface ReportRelation {
  id: string;
  heading: string;
  /** The relation read in Arabic, shown under an English heading. */
  headingAr: string | null;
  attribution: string;
  qualifiers: LangText | null;
  note: LangText | null;
  evidence: ReportEvidence[];
}

export interface ReportGroup {
  category: string;
  label: string;
  color: string;
  relations: ReportRelation[];
}

export interface Report {
  lang: Lang;
  title: string;
  /** The article's Arabic title, when the report is in English. */
  titleAr: string | null;
  heading: string;
  meta: string;
  source: string | null;
  /** Outlet, date and whether the text is a machine translation, as the "About" line says them. */
  about: string[];
  imageAlt: string;
  groups: ReportGroup[];
  relationCount: number;
  labels: { qualifiers: string; note: string; translation: string; none: string; evidence: (count: number) => string };
}

export interface ReportContext {
  /** "What you see (filters applied)" or "Whole graph". */
  scopeLabel: string;
  date: string;
  nodeCount: number;
}

/** The relations an export carries, grouped by category and in reading order within each. */
export function buildReport(index: GraphIndex, selection: ExportSelection, lang: Lang, t: Translate, context: ReportContext): Report {
  const { graph } = index;
  const edges = selectedEdges(index, selection);
  const firstSpan = (id: string) => {
    const e = index.edgeById.get(id)?.evidence[0];
    return e ? (index.sentenceOrder.get(e.sentence) ?? 0) * 1e6 + e.start : 0;
  };
  const groups: ReportGroup[] = [];
  for (const [order, category] of index.categories.entries()) {
    const inCategory = edges.filter((e) => index.relationTypeById.get(e.type)?.category === category);
    if (inCategory.length === 0) continue;
    inCategory.sort((a, b) => firstSpan(a.id) - firstSpan(b.id));
    groups.push({
      category,
      label: categoryLabel(index, category, lang),
      color: categoryColor(category, order, index.ownColor.category.get(category)),
      relations: inCategory.map((edge) => ({
        id: edge.id,
        heading: edgeSentence(index, edge, lang),
        headingAr: lang === 'ar' ? null : edgeSentence(index, edge, 'ar'),
        attribution:
          edge.attributedTo === undefined
            ? t('details.statedByArticle')
            : `${t('details.attributedTo')}: ${nodeLabel(index, edge.attributedTo, lang)}`,
        qualifiers: pick(edge.qualifiers, lang),
        note: pick(edge.note, lang),
        evidence: edge.evidence.map((e) => {
          const sentence = index.sentenceById.get(e.sentence);
          return {
            sentenceId: e.sentence,
            place: articlePlace(index, e.article, lang) + sentencePlace(index, e.sentence, t),
            sentence: sentence?.text ?? e.quote,
            start: sentence ? e.start : 0,
            end: sentence ? e.end : e.quote.length,
            quote: e.quote,
            translation: sentence?.en ?? '',
          };
        }),
      })),
    });
  }
  const counts = { nodes: context.nodeCount, edges: edges.length };
  return {
    lang,
    title: graph.article.title[lang],
    titleAr: lang === 'ar' ? null : graph.article.title.ar,
    heading: t('export.reportTitle'),
    meta: t('export.reportMeta', { id: graph.id, date: context.date, scope: context.scopeLabel, ...counts }),
    source: graph.article.source ? t('export.reportSource', { source: graph.article.source }) : null,
    about: [publishedLine(graph.article, lang, t), translationLine(graph.article, lang, t)].filter(Boolean),
    imageAlt: t('export.reportImage', counts),
    groups,
    relationCount: edges.length,
    labels: {
      qualifiers: t('details.qualifiers'),
      note: t('details.note'),
      translation: t('export.reportTranslation'),
      none: t('export.reportNone'),
      evidence: (count) => t('details.evidence', { count }),
    },
  };
}

function pick(note: LocalizedNote | undefined, lang: Lang): LangText | null {
  if (!note) return null;
  const own = note[lang];
  if (own) return { text: own, lang };
  const other: Lang = lang === 'ar' ? 'en' : 'ar';
  const fallback = note[other];
  return fallback ? { text: fallback, lang: other } : null;
}

function sentencePlace(index: GraphIndex, id: string, t: Translate): string {
  return sentenceRoleLabel(t, index.sentenceById.get(id), index.bodyNumber.get(id) ?? '?');
}

/** In a merged corpus, the quote's article (title and date) before its place in it. */
function articlePlace(index: GraphIndex, article: string | undefined, lang: Lang): string {
  const meta = article === undefined ? undefined : index.graph.articles?.find((a) => a.id === article);
  return meta ? `${meta.title[lang]} (${meta.published}) — ` : '';
}
