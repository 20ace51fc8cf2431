import type { GraphIndex } from '../../domain/graph-index';
import { useT } from '../../state/hooks';

/** In a merged corpus, where one article's sentences begin: its title, date and source. */
export function CorpusArticleHeading({ index, id }: { index: GraphIndex; id: string }) {
  const t = useT();
  const article = index.graph.articles?.find((a) => a.id === id);
  if (!article) return null;
  return (
    <li className="article-pane__corpus-article" data-article={id}>
      <h3 lang="ar" dir="rtl">
        {article.title.ar}
      </h3>
      <p className="muted">
        {t('corpus.published', { date: `\u2066${article.published}\u2069` })} · {article.source}
      </p>
    </li>
  );
}
