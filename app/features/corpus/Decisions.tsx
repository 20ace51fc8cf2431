import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { articleTitle } from './labels';
import { CorpusSection } from './CorpusSection';
import type { OpenCorpus } from './use-corpus';

/** The corpus's judgements, as they will be exported with it. */
export function Decisions({ corpus }: { corpus: OpenCorpus }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const { judgements } = corpus.extras.corpus;
  return (
    <CorpusSection id="corpus-decisions" title={t('corpus.decisions')} count={judgements.length} empty={t('corpus.noDecisions')}>
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
    </CorpusSection>
  );
}
