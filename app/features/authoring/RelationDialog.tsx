import { useId } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { BilingualSchema, EdgeSchema, LIMITS, RelationTypeSchema } from '../../domain/schema';
import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { addRelation, addRelationType, removeEvidence, updateRelation } from '../../domain/annotation/edits';
import type { AnnotationDoc, EditResult } from '../../domain/annotation/schema';
import { QuotesFieldset, useRemovalMarks } from './QuotesFieldset';
import { Quote } from './Quote';
import { categoryLabel, entitiesInSpan, localized } from './relation-helpers';
import { useDoc, useEdit } from './doc-hooks';
import { chain } from './EntityDialog';
import { FieldMessage, fieldMessage } from './form-errors';
import { Field, FormDialog, submitForm } from './FormDialog';
import type { Refusal } from './messages';
import { useSpanRef } from './use-span-ref';
import { EntityPicker } from './EntityPicker';
import { locateSpan } from '../../domain/annotation/spans';
import { proposeAttribution } from '../../domain/annotation/speaker';

const NEW_TYPE = '__new__';
const noteText = z.string().max(LIMITS.noteLength);

/**
 * The form's rules are the contract's: an edge's ends, type and attribution, and, when a
 * new relation type is made here, that type's labels and category.
 */
export const RelationFormSchema = z
  .object({
    source: EdgeSchema.shape.source,
    target: EdgeSchema.shape.target,
    type: z.union([z.literal(NEW_TYPE), RelationTypeSchema.shape.id]),
    typeAr: z.string(),
    typeEn: z.string(),
    category: RelationTypeSchema.shape.category,
    directed: RelationTypeSchema.shape.directed,
    // Empty: stated by the article itself.
    attributedTo: z.union([z.literal(''), EdgeSchema.shape.source]),
    inferred: z.boolean(),
    qualAr: noteText,
    qualEn: noteText,
    noteAr: noteText,
    noteEn: noteText,
  })
  .superRefine((values, ctx) => {
    if (values.type !== NEW_TYPE) return;
    for (const [field, lang] of [['typeAr', 'ar'], ['typeEn', 'en']] as const) {
      const checked = BilingualSchema.shape[lang].safeParse(values[field].trim());
      if (!checked.success) for (const issue of checked.error.issues) ctx.addIssue({ ...issue, path: [field] } as Parameters<typeof ctx.addIssue>[0]);
    }
  });
export type RelationForm = z.infer<typeof RelationFormSchema>;

/**
 * New relation with the selected words as evidence, or edit type, attribution, qualifiers,
 * note. Evidence marked for removal goes when the form is saved, with the rest (and a new
 * relation type made here): one submit, one undo step.
 */
export function RelationDialog({ id, onClose }: { id: string | undefined; onClose: () => void }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const doc = useDoc();
  const edit = useEdit();
  const span = useSpanRef();
  const ids = useId();
  const existing = doc.relations.find((r) => r.id === id);
  const categories = [...new Set([...(doc.categories ?? []).map((c) => c.id), ...doc.relationTypes.map((r) => r.category)])];
  // A new relation starts from the entities named inside the selected words, in reading order.
  const named = span ? entitiesInSpan(doc, span) : [];
  const source = existing?.source ?? named[0] ?? doc.entities[0]?.id ?? '';
  const sentence = existing?.evidence[0]?.sentence ?? span?.sentence;
  // The speaker the sentence names for the selected words, proposed (visibly) as the attribution.
  const range = span ? locateSpan(doc.sentences.find((s) => s.id === span.sentence)?.text ?? '', span) : null;
  const proposed = !existing && span && range ? proposeAttribution(doc, { sentence: span.sentence, ...range }, { source }) : null;
  const [removed, toggleRemoved] = useRemovalMarks();
  const { register, handleSubmit, control, getFieldState, formState } = useForm<RelationForm>({
    resolver: zodResolver(RelationFormSchema),
    mode: 'onSubmit',
    defaultValues: {
      source,
      target: existing?.target ?? named[1] ?? doc.entities.find((e) => e.id !== source)?.id ?? '',
      // No type preselected: the first of the list was the wrong one nearly every time.
      type: existing?.type ?? '',
      typeAr: '',
      typeEn: '',
      category: categories[0] ?? 'stance',
      directed: true,
      attributedTo: existing?.attributedTo ?? proposed ?? '',
      inferred: existing?.inferred ?? false,
      qualAr: existing?.qualifiers?.ar ?? '',
      qualEn: existing?.qualifiers?.en ?? '',
      noteAr: existing?.note?.ar ?? '',
      noteEn: existing?.note?.en ?? '',
    },
  });
  const type = useWatch({ control, name: 'type' });

  const save = (values: RelationForm): Refusal | null => {
    const qualifiers = localized(values.qualAr, values.qualEn);
    const note = localized(values.noteAr, values.noteEn);
    const { source, target, attributedTo, inferred } = values;
    // The relation itself, once its type is known: the fields changed and the evidence marked
    // for removal (highest index first, so each leaves the others' indices as they were), or
    // a new relation with the selected words as its evidence.
    let relation: ((d: AnnotationDoc, type: string) => EditResult) | null = null;
    if (existing) {
      const removals = [...removed].sort((a, b) => b - a).map((i) => (x: AnnotationDoc) => removeEvidence(x, existing.id, i));
      const fields = { source, target, attributedTo: attributedTo || null, inferred, qualifiers: qualifiers ?? null, note: note ?? null };
      relation = (d, type) => chain(d, [(x) => updateRelation(x, existing.id, { ...fields, type }), ...removals]);
    } else if (span) {
      const extra = { ...(attributedTo ? { attributedTo } : {}), ...(inferred ? { inferred } : {}), ...(qualifiers ? { qualifiers } : {}), ...(note ? { note } : {}) };
      relation = (d, type) => addRelation(d, { source, target, type, evidence: span, ...extra });
    }
    if (!relation) return { code: 'no-span' };
    const make = relation;
    return edit(
      (d) => {
        if (values.type !== NEW_TYPE) return make(d, values.type);
        // A relation type made here is made in the same step as the relation.
        const added = addRelationType(d, { label: { ar: values.typeAr, en: values.typeEn }, category: values.category, directed: values.directed });
        return added.ok ? make(added.doc, added.id) : added;
      },
      existing ? { code: 'done-saved' } : { code: 'done-relation' },
    );
  };

  const error = (name: keyof RelationForm) => fieldMessage(t, getFieldState(name, formState).error);
  const described = (name: keyof RelationForm) => (error(name) ? { 'aria-invalid': true, 'aria-describedby': `${ids}-${name}` } : {});
  const picker = (name: 'source' | 'target' | 'attributedTo', label: string, extra: { speakersOnly?: boolean; none?: string; proposed?: string | null } = {}) => (
    <Controller
      control={control}
      name={name}
      render={({ field }) => <EntityPicker label={label} value={field.value} onChange={field.onChange} doc={doc} lang={lang} sentence={sentence} {...extra} />}
    />
  );
  const typeError = getFieldState('type', formState).error ? t('ann.typeRequired') : undefined;
  return (
    <FormDialog
      title={existing ? t('author.editRelationTitle') : t('author.newRelationTitle')}
      submitLabel={existing ? t('author.save') : t('author.createRelation')}
      onSubmit={submitForm(handleSubmit, save)}
      onClose={onClose}
    >
      {!existing && span && (
        <p>
          {t('author.evidenceWords')} <Quote text={span.quote} />
        </p>
      )}
      {picker('source', t('author.from'))}
      <Field label={t('author.relationType')}>
        <select {...register('type')} {...(typeError ? { 'aria-invalid': true, 'aria-describedby': `${ids}-type` } : {})}>
          <option value="" disabled>
            {t('ann.chooseRelationType')}
          </option>
          {categories.map((c) => (
            <optgroup key={c} label={categoryLabel(doc, c, lang, t)}>
              {doc.relationTypes
                .filter((r) => r.category === c)
                .map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.label[lang]}
                  </option>
                ))}
            </optgroup>
          ))}
          <option value={NEW_TYPE}>{t('author.newRelationType')}</option>
        </select>
        <FieldMessage id={`${ids}-type`} message={typeError} />
      </Field>
      {type === NEW_TYPE && (
        <fieldset className="author-newtype">
          <legend>{t('author.newRelationType')}</legend>
          <Field label={t('author.labelAr')}>
            <input type="text" dir="rtl" lang="ar" {...register('typeAr')} {...described('typeAr')} />
            <FieldMessage id={`${ids}-typeAr`} message={error('typeAr')} />
          </Field>
          <Field label={t('author.labelEn')}>
            <input type="text" dir="ltr" lang="en" {...register('typeEn')} {...described('typeEn')} />
            <FieldMessage id={`${ids}-typeEn`} message={error('typeEn')} />
          </Field>
          <Field label={t('author.category')}>
            <select {...register('category')}>
              {categories.map((c) => (
                <option key={c} value={c}>
                  {categoryLabel(doc, c, lang, t)}
                </option>
              ))}
            </select>
          </Field>
          <label className="check">
            <input type="checkbox" {...register('directed')} /> {t('author.directed')}
          </label>
        </fieldset>
      )}
      {picker('target', t('author.to'))}
      {picker('attributedTo', t('author.attributedTo'), { speakersOnly: true, none: t('author.statedByArticle'), proposed })}
      <label className="check">
        <input type="checkbox" {...register('inferred')} /> {t('author.inferred')}
      </label>
      <Field label={t('author.qualifiersEn')}>
        <input type="text" dir="ltr" lang="en" {...register('qualEn')} {...described('qualEn')} />
        <FieldMessage id={`${ids}-qualEn`} message={error('qualEn')} />
      </Field>
      <Field label={t('author.qualifiersAr')}>
        <input type="text" dir="rtl" lang="ar" {...register('qualAr')} {...described('qualAr')} />
        <FieldMessage id={`${ids}-qualAr`} message={error('qualAr')} />
      </Field>
      <Field label={t('author.noteEn')}>
        <textarea dir="ltr" lang="en" rows={2} {...register('noteEn')} {...described('noteEn')} />
        <FieldMessage id={`${ids}-noteEn`} message={error('noteEn')} />
      </Field>
      <Field label={t('author.noteAr')}>
        <textarea dir="rtl" lang="ar" rows={2} {...register('noteAr')} {...described('noteAr')} />
        <FieldMessage id={`${ids}-noteAr`} message={error('noteAr')} />
      </Field>
      {existing && <QuotesFieldset kind="evidence" quotes={existing.evidence} removed={removed} onToggle={toggleRemoved} />}
    </FormDialog>
  );
}
