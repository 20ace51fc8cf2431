import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { articleTitle } from './labels';
import type { useCorpus } from './use-corpus';

type Open = NonNullable<ReturnType<typeof useCorpus>>;

/** The corpus's judgements, as they will be exported with it. */
export function Decisions({ corpus }: { corpus: Open }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const { judgements } = corpus.extras.corpus;
  return (
    <section className="corpus-section" aria-labelledby="corpus-decisions">
      <h3 id="corpus-decisions">
        {t('corpus.decisions')} <span className="muted">({judgements.length})</span>
      </h3>
      {judgements.length === 0 && <p className="muted">{t('corpus.noDecisions')}</p>}
      <ul className="corpus-decisions">
        {judgements.map((j, i) => (
          <li key={i}>
            <span className={`badge badge--${j.verdict}`}>{t(j.verdict === 'same' ? 'corpus.same' : 'corpus.different')}</span>{' '}
            {j.entities.map((r) => `${r.entity} (${articleTitle(corpus.extras.corpus, r.article, lang)})`).join(' · ')}{' '}
            <time className="muted" dateTime={j.date}>
              {j.date}
            </time>
            {j.note && <span className="muted"> — {j.note}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
