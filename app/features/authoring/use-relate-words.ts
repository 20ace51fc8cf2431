import { useCallback } from 'react';
import { useDoc } from './doc-hooks';
import { endsOfWords, namesInWords } from './relation-words';
import { useAuthoring } from './store';
import { mentionsOf } from './text-annotation';
import { useTextPick } from './text-store';
import { useSelectedWords } from './use-text-actions';

/**
 * The selected (or found) words as the evidence of a new relation: its ends are the names
 * in them, the first the source and the last the target (`reversed`, the other way round),
 * and the relation picker opens on them. With fewer than two entities named in the words the
 * user is told so and the words stay selected.
 */
export function useRelateWords() {
  const doc = useDoc();
  const words = useSelectedWords();
  const setNotice = useAuthoring((s) => s.setNotice);
  const setSpan = useAuthoring((s) => s.setSpan);
  return useCallback(
    (reversed: boolean): boolean => {
      const span = words();
      if (!span) return false;
      // Resolved only here, not on every step: a long document has thousands of mentions.
      const ends = endsOfWords(namesInWords(mentionsOf(doc), span), reversed);
      if (!ends) {
        setNotice({ kind: 'error', error: { code: 'words-name-too-few', params: { quote: span.quote } } });
        return false;
      }
      setSpan({ sentence: span.sentence, anchor: span.start, focus: span.end });
      useTextPick.getState().setEnds(ends.source, ends.target);
      setNotice(null);
      return true;
    },
    [doc, words, setNotice, setSpan],
  );
}
