import { hasSourceText, type GraphIndex, type SpanRef } from '../../domain/graph-index';
import { useAppStore } from '../../state/store';
import type { Translate } from '../../shared/i18n/translate';
import { sentenceRoleLabel } from '../../shared/i18n/sentence-role';
import { TranslatedSentence } from '../../shared/ui/TranslatedSentence';

/** Source sentences in reading order, each with every span behind the selection marked. */
export function EvidenceList({ index, spans, t, heading }: { index: GraphIndex; spans: SpanRef[]; t: Translate; heading: string }) {
  const lang = useAppStore((s) => s.lang);
  const bySentence = new Map<string, SpanRef[]>();
  for (const span of spans) {
    const list = bySentence.get(span.sentence) ?? [];
    list.push(span);
    bySentence.set(span.sentence, list);
  }
  if (!hasSourceText(index.graph)) {
    return (
      <section className="details-section" aria-label={heading}>
        <h3>{heading}</h3>
        <p className="empty-hint">{t('details.noSource')}</p>
      </section>
    );
  }
  return (
    <section className="details-section" aria-label={heading}>
      <h3>{heading}</h3>
      <ol className="evidence-list">
        {[...bySentence.entries()].map(([sentenceId, ranges]) => {
          const sentence = index.sentenceById.get(sentenceId);
          if (!sentence) return null;
          return (
            <li key={`${sentenceId}-${lang}`}>
              <TranslatedSentence
                sentence={sentence}
                ranges={ranges}
                t={t}
                label={sentenceRoleLabel(t, sentence, index.bodyNumber.get(sentenceId) ?? 0)}
                initiallyTranslated={lang === 'en'}
              />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
