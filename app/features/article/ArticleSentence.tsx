import { useId, useState } from 'react';
import { edgeSentence, type GraphIndex } from '../../domain/graph-index';
import type { Sentence } from '../../domain/schema';
import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { SentenceText } from '../../shared/ui/SentenceText';

export function ArticleSentence({
  index,
  sentence,
  label,
  ranges,
  activeRange,
  translated,
}: {
  index: GraphIndex;
  sentence: Sentence;
  label: string;
  ranges: { start: number; end: number }[];
  activeRange: { start: number; end: number } | undefined;
  translated: boolean;
}) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const current = useAppStore((s) => s.sentence);
  const setSentence = useAppStore((s) => s.setSentence);
  const select = useAppStore((s) => s.select);
  const [open, setOpen] = useState(translated);
  const translationId = useId();
  const isCurrent = current === sentence.id;
  const yields = index.elementsBySentence.get(sentence.id)?.edges ?? [];

  return (
    <li className={`article-sentence${isCurrent ? ' article-sentence--current' : ''}${ranges.length ? ' article-sentence--marked' : ''}`} data-sentence={sentence.id}>
      <div className="article-sentence__head">
        <span className="article-sentence__label">{label}</span>
        <button
          type="button"
          className="link-button"
          aria-pressed={isCurrent}
          aria-label={`${t('article.highlight')}: ${label}`}
          onClick={() => setSentence(isCurrent ? null : sentence.id)}
        >
          {isCurrent ? t('article.highlighted') : t('article.highlight')}
        </button>
        <button type="button" className="link-button" aria-expanded={open} aria-controls={translationId} onClick={() => setOpen((v) => !v)}>
          {open ? t('details.hideTranslation') : t('details.showTranslation')}
        </button>
      </div>
      <p className="article-sentence__ar" onClick={() => setSentence(isCurrent ? null : sentence.id)}>
        <SentenceText text={sentence.text} ranges={ranges} activeRange={activeRange} />
      </p>
      <p id={translationId} className="article-sentence__en" lang="en" dir="ltr" hidden={!open}>
        {sentence.en}
      </p>
      {isCurrent && (
        <div className="article-sentence__yields">
          {yields.length === 0 ? (
            <p className="muted">{t('article.yieldsNone')}</p>
          ) : (
            <>
              <p className="muted">{t('article.yields', { count: yields.length })}</p>
              <ul>
                {yields.map((id) => {
                  const edge = index.edgeById.get(id);
                  return edge ? (
                    <li key={id}>
                      <button type="button" className="relation-button" onClick={() => select({ kind: 'edge', id })}>
                        {edgeSentence(index, edge, lang)}
                      </button>
                    </li>
                  ) : null;
                })}
              </ul>
            </>
          )}
        </div>
      )}
    </li>
  );
}
