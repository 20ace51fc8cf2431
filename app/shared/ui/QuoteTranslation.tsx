import { useId, useState } from 'react';
import type { Sentence } from '../../domain/schema';
import type { Translate } from '../i18n/translate';

/**
 * The English translation of a quoted sentence, under the quote: open from the start for
 * a reader of the English interface, one click away for a reader of the Arabic one.
 */
export function QuoteTranslation({ sentence, t, initiallyOpen }: { sentence: Sentence; t: Translate; initiallyOpen: boolean }) {
  const [open, setOpen] = useState(initiallyOpen);
  const id = useId();
  if (sentence.en.trim() === '') return null;
  return (
    <>
      <button type="button" className="link-button" aria-expanded={open} aria-controls={id} onClick={() => setOpen((v) => !v)}>
        {open ? t('details.hideTranslation') : t('details.showTranslation')}
      </button>
      <p id={id} lang="en" dir="ltr" className="source-sentence__en" hidden={!open}>
        {sentence.en}
      </p>
    </>
  );
}
