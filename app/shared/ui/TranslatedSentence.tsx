import { useId, useState } from 'react';
import type { Sentence } from '../../domain/schema';
import type { Translate } from '../i18n/translate';
import { SentenceText } from './SentenceText';

/** An Arabic source sentence with marked spans, its English translation one click away. */
export function TranslatedSentence({
  sentence,
  ranges,
  t,
  label,
  initiallyTranslated,
  activeRange,
}: {
  sentence: Sentence;
  ranges: readonly { start: number; end: number }[];
  t: Translate;
  label: string;
  initiallyTranslated: boolean;
  activeRange?: { start: number; end: number } | undefined;
}) {
  const [open, setOpen] = useState(initiallyTranslated);
  const id = useId();
  return (
    <figure className="source-sentence" data-sentence={sentence.id}>
      <figcaption className="source-sentence__label">{label}</figcaption>
      <blockquote className="source-sentence__ar">
        <SentenceText text={sentence.text} ranges={ranges} activeRange={activeRange} />
      </blockquote>
      <button type="button" className="link-button" aria-expanded={open} aria-controls={id} onClick={() => setOpen((v) => !v)}>
        {open ? t('details.hideTranslation') : t('details.showTranslation')}
      </button>
      <p id={id} lang="en" dir="ltr" className="source-sentence__en" hidden={!open}>
        {sentence.en}
      </p>
    </figure>
  );
}
