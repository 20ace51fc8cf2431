import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { ArticleList } from './ArticleList';
import { CorpusFileActions } from './CorpusFileActions';
import { Decisions } from './Decisions';
import { MergedList } from './MergedList';
import { SuggestionList } from './SuggestionList';
import { useCorpus } from './use-corpus';
import './corpus.css';

/** The open corpus: its articles, merge suggestions, merged entities and decisions. */
export function CorpusPanel() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const corpus = useCorpus();
  if (!corpus) return null;
  const { graph, extras, merging } = corpus;
  return (
    <section className="corpus-panel" aria-labelledby="corpus-title" aria-busy={merging}>
      <h2 id="corpus-title">{graph.article.title[lang]}</h2>
      <p className="muted">{t('corpus.summary', { count: extras.corpus.articles.length, before: extras.entities, after: graph.nodes.length })}</p>
      {merging && (
        <p role="status" className="muted">
          {t('corpus.busy')}
        </p>
      )}
      <ArticleList graph={graph} />
      <SuggestionList corpus={corpus} />
      <MergedList corpus={corpus} />
      <Decisions corpus={corpus} />
      <CorpusFileActions corpus={corpus} />
    </section>
  );
}
