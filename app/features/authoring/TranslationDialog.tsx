import { useState } from 'react';
import { useT } from '../../state/hooks';
import { updateSentence } from '../../domain/annotation/edits';
import { useDoc, useEdit } from './doc-hooks';
import { Field, FormDialog } from './FormDialog';
import { Quote } from './Quote';

/** A sentence's English translation: the verbatim text itself is never edited. */
export function TranslationDialog({ sentence, onClose }: { sentence: string; onClose: () => void }) {
  const t = useT();
  const doc = useDoc();
  const edit = useEdit();
  const current = doc.sentences.find((s) => s.id === sentence);
  const [en, setEn] = useState(current?.en ?? '');
  return (
    <FormDialog title={t('author.translationTitle')} submitLabel={t('author.save')} onClose={onClose} onSubmit={() => edit((d) => updateSentence(d, sentence, { en: en.trim() }), { code: 'done-saved' })}>
      {current && (
        <p lang={doc.article.lang}>
          <Quote text={current.text} />
        </p>
      )}
      <Field label={t('author.translationLabel')}>
        <textarea dir="ltr" lang="en" rows={4} value={en} onChange={(e) => setEn(e.target.value)} />
      </Field>
    </FormDialog>
  );
}
