import type { Graph } from '../../domain/schema';
import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { sentenceIdIn } from '../../domain/corpus/merge';

/** The corpus's articles in publication order: read one, or show what it states or adds. */
export function ArticleList({ graph }: { graph: Graph }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const filter = useAppStore((s) => s.articleFilter);
  const setFilter = useAppStore((s) => s.setArticleFilter);
  const readSentence = useAppStore((s) => s.readSentence);
  const articles = graph.articles ?? [];
  const value = filter ? `${filter.mode}:${filter.article}` : '';
  return (
    <section className="corpus-section" aria-labelledby="corpus-articles">
      <h3 id="corpus-articles">{t('corpus.articles')}</h3>
      <label className="corpus-filter">
        {t('corpus.show')}{' '}
        <select
          value={value}
          onChange={(e) => {
            const [mode, ...rest] = e.target.value.split(':');
            setFilter(e.target.value ? { mode: mode === 'adds' ? 'adds' : 'in', article: rest.join(':') } : null);
          }}
        >
          <option value="">{t('corpus.showAll')}</option>
          {articles.map((a) => (
            <optgroup key={a.id} label={a.title[lang]}>
              <option value={`in:${a.id}`}>{t('corpus.showIn', { title: a.title[lang] })}</option>
              <option value={`adds:${a.id}`}>{t('corpus.showAdds', { title: a.title[lang] })}</option>
            </optgroup>
          ))}
        </select>
      </label>
      <ol className="corpus-articles">
        {articles.map((a) => {
          const first = graph.article.sentences.find((s) => s.article === a.id);
          return (
            <li key={a.id}>
              <span className="corpus-articles__title" lang="ar" dir="rtl">
                {a.title.ar}
              </span>
              <span className="muted">
                {' '}
                {a.title.en !== a.title.ar && lang === 'en' ? `(${a.title.en}) ` : ''}
                <time dateTime={a.published}>{t('corpus.published', { date: `\u2066${a.published}\u2069` })}</time>
              </span>{' '}
              <button
                type="button"
                className="link-button"
                aria-label={t('corpus.readLabel', { title: a.title[lang] })}
                onClick={() => readSentence(first?.id ?? sentenceIdIn(a.id, 's0'))}
              >
                {t('corpus.read')}
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
