import { useState } from 'react';
import type { LocalizedNote } from '../../domain/schema';
import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { addEntity, newId, removeMention, updateEntity } from '../../domain/annotation/edits';
import { splitList, useDoc, useEdit } from './doc-hooks';
import { Field, FormDialog } from './FormDialog';
import { useSpanRef } from './use-span-ref';
import { Quote } from './Quote';

function note(ar: string, en: string): LocalizedNote | undefined {
  if (!ar.trim() && !en.trim()) return undefined;
  return { ...(ar.trim() ? { ar: ar.trim() } : {}), ...(en.trim() ? { en: en.trim() } : {}) };
}

/** New entity from the selected words, or rename / retype / aliases / note of one. */
export function EntityDialog({ id, onClose }: { id: string | undefined; onClose: () => void }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const doc = useDoc();
  const edit = useEdit();
  const span = useSpanRef();
  const existing = doc.entities.find((e) => e.id === id);
  const [ar, setAr] = useState(existing?.label.ar ?? (doc.article.lang === 'ar' ? (span?.quote ?? '') : ''));
  const [en, setEn] = useState(existing?.label.en ?? (doc.article.lang === 'ar' ? '' : (span?.quote ?? '')));
  const [type, setType] = useState(existing?.type ?? doc.nodeTypes[0]?.id ?? '');
  const [aliasesAr, setAliasesAr] = useState(existing?.aliases?.ar?.join('، ') ?? '');
  const [aliasesEn, setAliasesEn] = useState(existing?.aliases?.en?.join(', ') ?? '');
  const [noteAr, setNoteAr] = useState(existing?.note?.ar ?? '');
  const [noteEn, setNoteEn] = useState(existing?.note?.en ?? '');
  const [newIdValue, setNewId] = useState<string | null>(null);
  const suggested = newId(doc, en || ar || 'entity');
  const entityId = newIdValue ?? suggested;

  const submit = () => {
    const aliases = { ar: splitList(aliasesAr), en: splitList(aliasesEn) };
    const aliasField = aliases.ar.length || aliases.en.length ? { ...(aliases.ar.length ? { ar: aliases.ar } : {}), ...(aliases.en.length ? { en: aliases.en } : {}) } : null;
    const noteField = note(noteAr, noteEn) ?? null;
    const label = { ar, en };
    if (existing) return edit((d) => updateEntity(d, existing.id, { type, label, aliases: aliasField, note: noteField }), { code: 'done-saved' });
    if (!span) return { code: 'no-span' };
    return edit((d) => addEntity(d, { id: entityId, type, label, mention: span, ...(aliasField ? { aliases: aliasField } : {}), ...(noteField ? { note: noteField } : {}) }), {
      code: 'done-entity',
      params: { label: label[lang].trim() },
    });
  };

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
        <input type="text" dir="rtl" lang="ar" value={ar} onChange={(e) => setAr(e.target.value)} required />
      </Field>
      <Field label={t('author.labelEn')}>
        <input type="text" dir="ltr" lang="en" value={en} onChange={(e) => setEn(e.target.value)} required />
      </Field>
      <Field label={t('author.entityType')}>
        <select value={type} onChange={(e) => setType(e.target.value)}>
          {doc.nodeTypes.map((nt) => (
            <option key={nt.id} value={nt.id}>
              {nt.label[lang]}
            </option>
          ))}
        </select>
      </Field>
      {!existing && (
        <Field label={t('author.id')} hint={t('author.idHint')}>
          <input type="text" dir="ltr" value={entityId} onChange={(e) => setNewId(e.target.value)} />
        </Field>
      )}
      <Field label={t('author.aliasesAr')} hint={t('author.aliasesHint')}>
        <input type="text" dir="rtl" lang="ar" value={aliasesAr} onChange={(e) => setAliasesAr(e.target.value)} />
      </Field>
      <Field label={t('author.aliasesEn')}>
        <input type="text" dir="ltr" lang="en" value={aliasesEn} onChange={(e) => setAliasesEn(e.target.value)} />
      </Field>
      <Field label={t('author.noteAr')}>
        <textarea dir="rtl" lang="ar" rows={2} value={noteAr} onChange={(e) => setNoteAr(e.target.value)} />
      </Field>
      <Field label={t('author.noteEn')}>
        <textarea dir="ltr" lang="en" rows={2} value={noteEn} onChange={(e) => setNoteEn(e.target.value)} />
      </Field>
      {existing && existing.mentions.length > 0 && (
        <fieldset className="author-mentions">
          <legend>{t('author.mentions', { count: existing.mentions.length })}</legend>
          <ul>
            {existing.mentions.map((m, i) => (
              <li key={`${m.sentence}-${m.quote}-${m.occurrence ?? 1}`}>
                <Quote text={m.quote} /> <span className="muted">{m.sentence}</span>{' '}
                <button type="button" onClick={() => edit((d) => removeMention(d, existing.id, i))} aria-label={t('author.removeMention', { quote: m.quote })}>
                  {t('author.remove')}
                </button>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
    </FormDialog>
  );
}
