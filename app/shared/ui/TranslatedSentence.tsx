import type { Sentence } from '../../domain/schema';
import type { Translate } from '../i18n/translate';
import { QuoteTranslation } from './QuoteTranslation';
import { SentenceText } from './SentenceText';

/** An Arabic source sentence with marked spans, its English translation one click away. */
export function TranslatedSentence({
  sentence,
  ranges,
  t,
  label,
  initiallyTranslated,
}: {
  sentence: Sentence;
  ranges: readonly { start: number; end: number }[];
  t: Translate;
  label: string;
  initiallyTranslated: boolean;
}) {
  return (
    <figure className="source-sentence" data-sentence={sentence.id}>
      <figcaption className="source-sentence__label">{label}</figcaption>
      <blockquote className="source-sentence__ar">
        <SentenceText text={sentence.text} ranges={ranges} />
      </blockquote>
      <QuoteTranslation sentence={sentence} t={t} initiallyOpen={initiallyTranslated} />
    </figure>
  );
}
