import { memo } from 'react';
import type { AnnotationSentence as DocSentence } from '../../domain/annotation/schema';
import { segmentSentence, type Mark } from '../../domain/text-segments';

/**
 * One sentence as a selection surface. Its text element holds the sentence's text and
 * nothing else (the caret is an empty element), so a DOM point maps to an offset by the
 * length of the text before it.
 */
export const AnnotatableSentence = memo(function AnnotatableSentence({
  sentence,
  label,
  marks,
  selection,
  caret,
  current,
  dir,
  lang,
  describedBy,
}: {
  sentence: DocSentence;
  label: string;
  marks: readonly Mark[];
  selection: { start: number; end: number } | null;
  caret: number | null;
  current: boolean;
  dir: 'rtl' | 'ltr';
  lang: string;
  describedBy: string;
}) {
  const segments = segmentSentence(sentence.text, marks, selection ?? (caret !== null ? { start: caret, end: caret } : null));
  const labelId = `ann-label-${sentence.id}`;
  return (
    <li className="ann-row">
      <span className="ann-row__label" id={labelId}>
        {label}
      </span>
      <div
        className="ann-sentence"
        role="group"
        aria-labelledby={labelId}
        aria-describedby={describedBy}
        tabIndex={current ? 0 : -1}
        data-sentence={sentence.id}
        dir={dir}
        lang={lang}
      >
        <span className="ann-text" data-sentence={sentence.id}>
          {segments.map((s) => (
            <span key={s.start}>
              {caret === s.start && <span className="ann-caret" aria-hidden="true" />}
              <span
                className={`seg${s.mention ? ' seg--mention' : ''}${s.evidence ? ' seg--evidence' : ''}${s.selected ? ' seg--selected' : ''}`}
                title={s.titles.length ? s.titles.join('\n') : undefined}
              >
                {s.text}
              </span>
            </span>
          ))}
          {caret === sentence.text.length && <span className="ann-caret" aria-hidden="true" />}
        </span>
      </div>
      {sentence.en && (
        <p className="ann-row__en" dir="ltr" lang="en">
          {sentence.en}
        </p>
      )}
    </li>
  );
});
