import { useState } from 'react';
import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { addRelation, addRelationType, removeEvidence, updateRelation } from '../../domain/annotation/edits';
import type { EditResult } from '../../domain/annotation/schema';
import { QuotesFieldset, useRemovalMarks } from './QuotesFieldset';
import { Quote } from './Quote';
import { categoryLabel, entitiesInSpan, localized } from './relation-helpers';
import { useDoc, useEdit } from './doc-hooks';
import { chain } from './EntityDialog';
import { Field, FormDialog } from './FormDialog';
import type { Refusal } from './messages';
import { useSpanRef } from './use-span-ref';

const NEW_TYPE = '__new__';

/** New relation with the selected words as evidence, or edit type, attribution, qualifiers, note. */
export function RelationDialog({ id, onClose }: { id: string | undefined; onClose: () => void }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const doc = useDoc();
  const edit = useEdit();
  const span = useSpanRef();
  const existing = doc.relations.find((r) => r.id === id);
  const categories = [...new Set([...(doc.categories ?? []).map((c) => c.id), ...doc.relationTypes.map((r) => r.category)])];
  // A new relation starts from the entities named inside the selected words, in reading order.
  const named = span ? entitiesInSpan(doc, span) : [];
  const [source, setSource] = useState(existing?.source ?? named[0] ?? doc.entities[0]?.id ?? '');
  const [target, setTarget] = useState(existing?.target ?? named[1] ?? doc.entities.find((e) => e.id !== (named[0] ?? doc.entities[0]?.id))?.id ?? '');
  const [type, setType] = useState(existing?.type ?? doc.relationTypes[0]?.id ?? NEW_TYPE);
  const [typeAr, setTypeAr] = useState('');
  const [typeEn, setTypeEn] = useState('');
  const [category, setCategory] = useState(categories[0] ?? 'stance');
  const [directed, setDirected] = useState(true);
  const [attributedTo, setAttributedTo] = useState(existing?.attributedTo ?? '');
  const [inferred, setInferred] = useState(existing?.inferred ?? false);
  const [qualAr, setQualAr] = useState(existing?.qualifiers?.ar ?? '');
  const [qualEn, setQualEn] = useState(existing?.qualifiers?.en ?? '');
  const [noteAr, setNoteAr] = useState(existing?.note?.ar ?? '');
  const [noteEn, setNoteEn] = useState(existing?.note?.en ?? '');
  const [removed, toggleRemoved] = useRemovalMarks();

  const submit = (): Refusal | null => {
    const qualifiers = localized(qualAr, qualEn);
    const note = localized(noteAr, noteEn);
    if (!existing && !span) return { code: 'no-span' };
    return edit((d): EditResult => {
      let next = d;
      let typeId = type;
      if (type === NEW_TYPE) {
        if (!typeAr.trim() || !typeEn.trim()) return { ok: false, error: { code: 'empty-label' } };
        const added = addRelationType(next, { label: { ar: typeAr, en: typeEn }, category, directed });
        if (!added.ok) return added;
        next = added.doc;
        typeId = added.id;
      }
      if (existing) {
        // Marked evidence goes in the same step, highest index first so the others keep theirs.
        const removals = [...removed].sort((a, b) => b - a).map((i) => (x: typeof d) => removeEvidence(x, existing.id, i));
        return chain(next, [(x) => updateRelation(x, existing.id, { source, target, type: typeId, attributedTo: attributedTo || null, inferred, qualifiers: qualifiers ?? null, note: note ?? null }), ...removals]);
      }
      if (!span) return { ok: false, error: { code: 'empty-span' } };
      return addRelation(next, {
        source,
        target,
        type: typeId,
        evidence: span,
        ...(attributedTo ? { attributedTo } : {}),
        ...(inferred ? { inferred } : {}),
        ...(qualifiers ? { qualifiers } : {}),
        ...(note ? { note } : {}),
      });
    }, existing ? { code: 'done-saved' } : { code: 'done-relation' });
  };

  const entityOptions = doc.entities.map((e) => (
    <option key={e.id} value={e.id}>
      {e.label[lang]}
    </option>
  ));
  return (
    <FormDialog
      title={existing ? t('author.editRelationTitle') : t('author.newRelationTitle')}
      submitLabel={existing ? t('author.save') : t('author.createRelation')}
      onSubmit={submit}
      onClose={onClose}
    >
      {!existing && span && (
        <p>
          {t('author.evidenceWords')} <Quote text={span.quote} />
        </p>
      )}
      <Field label={t('author.from')}>
        <select value={source} onChange={(e) => setSource(e.target.value)}>
          {entityOptions}
        </select>
      </Field>
      <Field label={t('author.relationType')}>
        <select value={type} onChange={(e) => setType(e.target.value)}>
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
      </Field>
      {type === NEW_TYPE && (
        <fieldset className="author-newtype">
          <legend>{t('author.newRelationType')}</legend>
          <Field label={t('author.labelAr')}>
            <input type="text" dir="rtl" lang="ar" value={typeAr} onChange={(e) => setTypeAr(e.target.value)} />
          </Field>
          <Field label={t('author.labelEn')}>
            <input type="text" dir="ltr" lang="en" value={typeEn} onChange={(e) => setTypeEn(e.target.value)} />
          </Field>
          <Field label={t('author.category')}>
            <select value={category} onChange={(e) => setCategory(e.target.value)}>
              {categories.map((c) => (
                <option key={c} value={c}>
                  {categoryLabel(doc, c, lang, t)}
                </option>
              ))}
            </select>
          </Field>
          <label className="check">
            <input type="checkbox" checked={directed} onChange={(e) => setDirected(e.target.checked)} /> {t('author.directed')}
          </label>
        </fieldset>
      )}
      <Field label={t('author.to')}>
        <select value={target} onChange={(e) => setTarget(e.target.value)}>
          {entityOptions}
        </select>
      </Field>
      <Field label={t('author.attributedTo')}>
        <select value={attributedTo} onChange={(e) => setAttributedTo(e.target.value)}>
          <option value="">{t('author.statedByArticle')}</option>
          {entityOptions}
        </select>
      </Field>
      <label className="check">
        <input type="checkbox" checked={inferred} onChange={(e) => setInferred(e.target.checked)} /> {t('author.inferred')}
      </label>
      <Field label={t('author.qualifiersEn')}>
        <input type="text" dir="ltr" lang="en" value={qualEn} onChange={(e) => setQualEn(e.target.value)} />
      </Field>
      <Field label={t('author.qualifiersAr')}>
        <input type="text" dir="rtl" lang="ar" value={qualAr} onChange={(e) => setQualAr(e.target.value)} />
      </Field>
      <Field label={t('author.noteEn')}>
        <textarea dir="ltr" lang="en" rows={2} value={noteEn} onChange={(e) => setNoteEn(e.target.value)} />
      </Field>
      <Field label={t('author.noteAr')}>
        <textarea dir="rtl" lang="ar" rows={2} value={noteAr} onChange={(e) => setNoteAr(e.target.value)} />
      </Field>
      {existing && <QuotesFieldset kind="evidence" quotes={existing.evidence} removed={removed} onToggle={toggleRemoved} />}
    </FormDialog>
  );
}
