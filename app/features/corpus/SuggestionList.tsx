import { articleTitle } from './labels';
import { confirmMerge, rejectMerge } from '../../domain/corpus/judgements';
import type { SuggestionSide } from '../../domain/corpus/suggest';
import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { SentenceText } from '../../shared/ui/SentenceText';
import { CorpusSection } from './CorpusSection';
import { today, type OpenCorpus } from './use-corpus';

/** Entities of different articles that may be one: both contexts, then merge or keep apart. */
export function SuggestionList({ corpus }: { corpus: OpenCorpus }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const { extras, decide, graph } = corpus;
  const suggestions = extras.suggestions;
  const typeLabel = (id: string) => graph.nodeTypes.find((n) => n.id === id)?.label[lang] ?? id;
  return (
    <CorpusSection id="corpus-suggestions" title={t('corpus.suggestions')} count={suggestions.length} empty={t('corpus.noSuggestions')}>
      <ol className="corpus-suggestions">
        {suggestions.map((s) => {
          const names = { a: s.a.label[lang], b: s.b.label[lang], articleA: articleTitle(extras.corpus, s.a.ref.article, lang), articleB: articleTitle(extras.corpus, s.b.ref.article, lang) };
          return (
            <li key={`${s.a.ref.article}/${s.a.ref.entity}~${s.b.ref.article}/${s.b.ref.entity}`} className="corpus-suggestion">
              <p className="corpus-suggestion__match">{t('corpus.match', { text: s.match, type: typeLabel(sideType(corpus, s.a)) })}</p>
              <div className="corpus-suggestion__sides">
                <Side side={s.a} article={names.articleA} />
                <Side side={s.b} article={names.articleB} />
              </div>
              <div className="corpus-suggestion__actions">
                <button type="button" aria-label={t('corpus.confirmLabel', names)} onClick={() => decide(confirmMerge(extras.corpus, s.a.ref, s.b.ref, today(), t('corpus.decisionNote')))}>
                  {t('corpus.confirm')}
                </button>
                <button type="button" aria-label={t('corpus.rejectLabel', names)} onClick={() => decide(rejectMerge(extras.corpus, s.a.ref, s.b.ref, today(), t('corpus.decisionNote')))}>
                  {t('corpus.reject')}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
    </CorpusSection>
  );
}

function sideType(corpus: OpenCorpus, side: SuggestionSide): string {
  const node = corpus.graph.nodes.find((n) => n.members?.some((m) => m.article === side.ref.article && m.entity === side.ref.entity));
  return node?.type ?? '';
}

function Side({ side, article }: { side: SuggestionSide; article: string }) {
  return (
    <figure className="corpus-suggestion__side">
      <figcaption>
        <strong>{side.label.ar}</strong> <span className="muted">· {article}</span>
      </figcaption>
      {side.context && (
        <blockquote lang="ar" dir="rtl">
          <SentenceText text={side.context.sentence.text} ranges={[side.context.mention]} />
        </blockquote>
      )}
    </figure>
  );
}
