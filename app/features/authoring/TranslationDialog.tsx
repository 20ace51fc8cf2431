import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { SentenceSchema } from '../../domain/schema';
import { useT } from '../../state/hooks';
import { updateSentence } from '../../domain/annotation/edits';
import { useDoc, useEdit } from './doc-hooks';
import { FieldMessage, fieldMessage } from './form-errors';
import { Field, FormDialog, submitForm } from './FormDialog';
import { Quote } from './Quote';

/** The form's rule is the contract's: a sentence's English text. */
export const TranslationFormSchema = z.object({ en: SentenceSchema.shape.en });
type TranslationForm = z.infer<typeof TranslationFormSchema>;

/** A sentence's English translation: the verbatim text itself is never edited. */
export function TranslationDialog({ sentence, onClose }: { sentence: string; onClose: () => void }) {
  const t = useT();
  const doc = useDoc();
  const edit = useEdit();
  const id = useId();
  const current = doc.sentences.find((s) => s.id === sentence);
  const { register, handleSubmit, getFieldState, formState } = useForm<TranslationForm>({
    resolver: zodResolver(TranslationFormSchema),
    mode: 'onSubmit',
    defaultValues: { en: current?.en ?? '' },
  });
  const save = (values: TranslationForm) => edit((d) => updateSentence(d, sentence, { en: values.en.trim() }), { code: 'done-saved' });
  const error = fieldMessage(t, getFieldState('en', formState).error);
  return (
    <FormDialog title={t('author.translationTitle')} submitLabel={t('author.save')} onClose={onClose} onSubmit={submitForm(handleSubmit, save)}>
      {current && (
        <p lang={doc.article.lang}>
          <Quote text={current.text} />
        </p>
      )}
      <Field label={t('author.translationLabel')}>
        <textarea dir="ltr" lang="en" rows={4} {...register('en')} {...(error ? { 'aria-invalid': true, 'aria-describedby': `${id}-en` } : {})} />
        <FieldMessage id={`${id}-en`} message={error} />
      </Field>
    </FormDialog>
  );
}
