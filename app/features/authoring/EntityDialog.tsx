import { useId } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { KEBAB_ID } from '../../domain/ids';
import { BilingualSchema, NodeSchema, LIMITS } from '../../domain/schema';
import type { AnnotationDoc, EditResult } from '../../domain/annotation/schema';
import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { addEntity, newId, removeMention, updateEntity } from '../../domain/annotation/edits';
import { splitList, useDoc, useEdit } from './doc-hooks';
import { FieldMessage, fieldMessage } from './form-errors';
import { Field, FormDialog, submitForm } from './FormDialog';
import type { Refusal } from './messages';
import { useSpanRef } from './use-span-ref';
import { Quote } from './Quote';
import { QuotesFieldset, useRemovalMarks } from './QuotesFieldset';
import { localized } from './relation-helpers';

const noteText = z.string().max(LIMITS.noteLength);

/** The form's rules are the contract's: an entity's labels, type and id as a graph file has them. */
export const EntityFormSchema = z.object({
  ar: BilingualSchema.shape.ar,
  en: BilingualSchema.shape.en,
  type: NodeSchema.shape.type,
  // Empty: the id suggested from the label is taken.
  id: z.union([z.literal(''), z.string().regex(KEBAB_ID).pipe(NodeSchema.shape.id)]),
  aliasesAr: z.string(),
  aliasesEn: z.string(),
  noteAr: noteText,
  noteEn: noteText,
});
export type EntityForm = z.infer<typeof EntityFormSchema>;

/** Apply several edits as one step: each on the result of the last, the first refusal stops all. */
export function chain(doc: AnnotationDoc, edits: ((d: AnnotationDoc) => EditResult)[]): EditResult {
  let result: EditResult = { ok: true, doc };
  for (const edit of edits) {
    if (!result.ok) return result;
    result = edit(result.doc);
  }
  return result;
}

/**
 * New entity from the selected words, or rename / retype / aliases / note of one. Mentions
 * marked for removal go when the form is saved, with the rest: one submit, one undo step.
 */
export function EntityDialog({ id, onClose }: { id: string | undefined; onClose: () => void }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const doc = useDoc();
  const edit = useEdit();
  const span = useSpanRef();
  const ids = useId();
  const existing = doc.entities.find((e) => e.id === id);
  const [removed, toggleRemoved] = useRemovalMarks();
  const fromWords = span?.quote ?? '';
  const { register, handleSubmit, control, getFieldState, formState } = useForm<EntityForm>({
    resolver: zodResolver(EntityFormSchema),
    mode: 'onSubmit',
    defaultValues: {
      ar: existing?.label.ar ?? (doc.article.lang === 'ar' ? fromWords : ''),
      en: existing?.label.en ?? (doc.article.lang === 'ar' ? '' : fromWords),
      type: existing?.type ?? doc.nodeTypes[0]?.id ?? '',
      id: existing?.id ?? '',
      aliasesAr: existing?.aliases?.ar?.join('، ') ?? '',
      aliasesEn: existing?.aliases?.en?.join(', ') ?? '',
      noteAr: existing?.note?.ar ?? '',
      noteEn: existing?.note?.en ?? '',
    },
  });
  const [en, ar] = useWatch({ control, name: ['en', 'ar'] });
  // Until the user types an id, it follows the label.
  const suggested = newId(doc, en || ar || 'entity');

  const save = (values: EntityForm): Refusal | null => {
    const aliases = { ar: splitList(values.aliasesAr), en: splitList(values.aliasesEn) };
    const aliasField = aliases.ar.length || aliases.en.length ? { ...(aliases.ar.length ? { ar: aliases.ar } : {}), ...(aliases.en.length ? { en: aliases.en } : {}) } : null;
    const noteField = localized(values.noteAr, values.noteEn) ?? null;
    const label = { ar: values.ar, en: values.en };
    if (existing) {
      // Highest index first, so each removal leaves the others' indices as they were.
      const removals = [...removed].sort((a, b) => b - a).map((i) => (d: AnnotationDoc) => removeMention(d, existing.id, i));
      return edit((d) => chain(d, [(x) => updateEntity(x, existing.id, { type: values.type, label, aliases: aliasField, note: noteField }), ...removals]), { code: 'done-saved' });
    }
    if (!span) return { code: 'no-span' };
    return edit((d) => addEntity(d, { id: values.id, type: values.type, label, mention: span, ...(aliasField ? { aliases: aliasField } : {}), ...(noteField ? { note: noteField } : {}) }), {
      code: 'done-entity',
      params: { label: label[lang].trim() },
    });
  };
  const submit = submitForm(handleSubmit, (values) => save({ ...values, id: existing ? existing.id : values.id || suggested }));

  const error = (name: keyof EntityForm) => fieldMessage(t, getFieldState(name, formState).error);
  const described = (name: keyof EntityForm) => (error(name) ? { 'aria-invalid': true, 'aria-describedby': `${ids}-${name}` } : {});

  return (
    <FormDialog
      title={existing ? t('author.editEntityTitle', { label: existing.label[lang] }) : t('author.newEntityTitle')}
      submitLabel={existing ? t('author.save') : t('author.createEntity')}
      onSubmit={submit}
      onClose={onClose}
    >
      {!existing && span && (
        <p>
          {t('author.fromWords')} <Quote text={span.quote} />
        </p>
      )}
      <Field label={t('author.labelAr')}>
        <input type="text" dir="rtl" lang="ar" {...register('ar')} {...described('ar')} />
        <FieldMessage id={`${ids}-ar`} message={error('ar')} />
      </Field>
      <Field label={t('author.labelEn')}>
        <input type="text" dir="ltr" lang="en" {...register('en')} {...described('en')} />
        <FieldMessage id={`${ids}-en`} message={error('en')} />
      </Field>
      <Field label={t('author.entityType')}>
        <select {...register('type')}>
          {doc.nodeTypes.map((nt) => (
            <option key={nt.id} value={nt.id}>
              {nt.label[lang]}
            </option>
          ))}
        </select>
      </Field>
      {!existing && (
        <Field label={t('author.id')} hint={t('author.idHint')}>
          {/* Left empty, the suggestion (shown in it) is the id. */}
          <input type="text" dir="ltr" placeholder={suggested} {...register('id')} {...described('id')} />
          <FieldMessage id={`${ids}-id`} message={error('id')} />
        </Field>
      )}
      <Field label={t('author.aliasesAr')} hint={t('author.aliasesHint')}>
        <input type="text" dir="rtl" lang="ar" {...register('aliasesAr')} />
      </Field>
      <Field label={t('author.aliasesEn')}>
        <input type="text" dir="ltr" lang="en" {...register('aliasesEn')} />
      </Field>
      <Field label={t('author.noteAr')}>
        <textarea dir="rtl" lang="ar" rows={2} {...register('noteAr')} {...described('noteAr')} />
        <FieldMessage id={`${ids}-noteAr`} message={error('noteAr')} />
      </Field>
      <Field label={t('author.noteEn')}>
        <textarea dir="ltr" lang="en" rows={2} {...register('noteEn')} {...described('noteEn')} />
        <FieldMessage id={`${ids}-noteEn`} message={error('noteEn')} />
      </Field>
      {existing && existing.mentions.length > 0 && <QuotesFieldset kind="mentions" quotes={existing.mentions} removed={removed} onToggle={toggleRemoved} />}
    </FormDialog>
  );
}
