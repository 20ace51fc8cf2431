import type { GraphIndex } from '../../domain/graph-index';
import { nodeLabel } from '../../domain/graph-index';
import type { GraphEdge } from '../../domain/schema';
import { useAppStore } from '../../state/store';
import type { Translate } from '../../shared/i18n/translate';
import { sentenceRoleLabel } from '../../shared/i18n/sentence-role';
import { TranslatedSentence } from '../../shared/ui/TranslatedSentence';

/**
 * A merged corpus relation's evidence, one group per article (in publication order): the
 * article's title and date, each sentence with its words marked, and the attribution as
 * that article states it.
 */
export function ArticleEvidence({ index, edge, t }: { index: GraphIndex; edge: GraphEdge; t: Translate }) {
  const lang = useAppStore((s) => s.lang);
  const select = useAppStore((s) => s.select);
  const articles = index.graph.articles ?? [];
  const groups = articles.flatMap((article) => {
    const items = edge.evidence.filter((e) => e.article === article.id);
    return items.length ? [{ article, items }] : [];
  });
  return (
    <section className="details-section" aria-label={t('details.byArticle')}>
      <h3>{t('details.byArticle')}</h3>
      <p className="muted">{t('details.inArticles', { count: groups.length })}</p>
      <ol className="article-evidence">
        {groups.map(({ article, items }) => {
          const bySentence = new Map<string, { start: number; end: number }[]>();
          for (const e of items) bySentence.set(e.sentence, [...(bySentence.get(e.sentence) ?? []), e]);
          const attributedTo = items.find((e) => e.attributedTo)?.attributedTo;
          const headingId = `evidence-${article.id}`;
          return (
            <li key={`${article.id}-${lang}`} className="article-evidence__group">
              <section aria-labelledby={headingId}>
                <h4 id={headingId} className="article-evidence__title">
                  <span lang="ar" dir="rtl">
                    {article.title.ar}
                  </span>{' '}
                  <time dateTime={article.published} className="muted">
                    {article.published}
                  </time>
                </h4>
                <p className="article-evidence__attribution">
                  {t('details.attributedTo')}{' '}
                  {attributedTo ? (
                    <button type="button" className="node-link" onClick={() => select({ kind: 'node', id: attributedTo })}>
                      {nodeLabel(index, attributedTo, lang)}
                    </button>
                  ) : (
                    <span className="muted">{t('details.statedByArticle')}</span>
                  )}
                </p>
                {[...bySentence.entries()].map(([sentenceId, ranges]) => {
                  const sentence = index.sentenceById.get(sentenceId);
                  if (!sentence) return null;
                  return (
                    <TranslatedSentence
                      key={sentenceId}
                      sentence={sentence}
                      ranges={ranges}
                      t={t}
                      label={sentenceRoleLabel(t, sentence, index.bodyNumber.get(sentenceId) ?? 0)}
                      initiallyTranslated={lang === 'en'}
                    />
                  );
                })}
              </section>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
