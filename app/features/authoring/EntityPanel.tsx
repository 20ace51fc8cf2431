import { useId, useState, type RefObject } from 'react';
import { updateEntity } from '../../domain/annotation/edits';
import type { Entity } from '../../domain/annotation/schema';
import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { splitList, useDoc, useEdit } from './doc-hooks';
import { localized } from './relation-helpers';
import { useAuthoring } from './store';
import { lacksEnglishLabel } from './text-annotation';
import { useTextPick } from './text-store';
import { targetRef } from '../../shared/focus-targets';
import type { TextHandle } from './SentenceList';

/**
 * The selected entity, editable beside the text and never in the way: English label,
 * aliases, note and type, saved as one step. The text stays usable while it is open.
 */
export function EntityPanel({ text }: { text: RefObject<TextHandle | null> }) {
  const doc = useDoc();
  const id = useTextPick((s) => s.entity);
  const entity = doc.entities.find((e) => e.id === id);
  if (!entity) return null;
  // A new form whenever the entity changes underneath (another entity, undo, a rename).
  return <EntityForm key={`${entity.id}|${entity.type}|${entity.label.ar}|${entity.label.en}`} entity={entity} text={text} />;
}

function EntityForm({ entity, text }: { entity: Entity; text: RefObject<TextHandle | null> }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const doc = useDoc();
  const edit = useEdit();
  const setNotice = useAuthoring((s) => s.setNotice);
  const selectEntity = useTextPick((s) => s.selectEntity);
  const ids = useId();
  const missing = lacksEnglishLabel(entity);
  const [en, setEn] = useState(missing ? '' : entity.label.en);
  const [ar, setAr] = useState(entity.label.ar);
  const [type, setType] = useState(entity.type);
  const [aliasesAr, setAliasesAr] = useState(entity.aliases?.ar?.join('، ') ?? '');
  const [aliasesEn, setAliasesEn] = useState(entity.aliases?.en?.join(', ') ?? '');
  const [noteEn, setNoteEn] = useState(entity.note?.en ?? '');
  const [noteAr, setNoteAr] = useState(entity.note?.ar ?? '');

  const save = (event: React.FormEvent) => {
    event.preventDefault();
    const aliases = { ar: splitList(aliasesAr), en: splitList(aliasesEn) };
    const error = edit(
      (d) =>
        updateEntity(d, entity.id, {
          type,
          // Left empty, the Arabic words keep standing in for the English label.
          label: { ar, en: en.trim() || ar },
          aliases: aliases.ar.length || aliases.en.length ? { ...(aliases.ar.length ? { ar: aliases.ar } : {}), ...(aliases.en.length ? { en: aliases.en } : {}) } : null,
          note: localized(noteAr, noteEn) ?? null,
        }),
      { code: 'done-saved' },
    );
    if (error) setNotice({ kind: 'error', error });
    // Saved: back to the text, where the caret was (the form is drawn afresh for the new labels).
    else text.current?.focusCurrent();
  };
  /** Esc in the panel leaves it as it is and goes back to the text. */
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    text.current?.focusCurrent();
  };
  const field = (name: string, label: string, value: string, set: (v: string) => void, dir: 'rtl' | 'ltr', multiline = false, ref?: (element: HTMLElement | null) => void) => (
    <div className="entity-panel__field">
      <label htmlFor={`${ids}-${name}`}>{label}</label>
      {multiline ? (
        <textarea id={`${ids}-${name}`} dir={dir} rows={2} value={value} onChange={(e) => set(e.target.value)} />
      ) : (
        <input id={`${ids}-${name}`} ref={ref} type="text" dir={dir} value={value} onChange={(e) => set(e.target.value)} />
      )}
    </div>
  );
  return (
    <section className="ann-side entity-panel" aria-labelledby={`${ids}-title`} onKeyDown={onKeyDown}>
      <h3 id={`${ids}-title`}>{t('ann.entityPanel', { label: entity.label[lang] })}</h3>
      {missing && <p className="entity-panel__missing">{t('ann.enMissing')}</p>}
      <form onSubmit={save}>
        {/* E in the text comes here: the label most often still to write. */}
        {field('en', t('author.labelEn'), en, setEn, 'ltr', false, targetRef('entity-panel'))}
        {field('ar', t('author.labelAr'), ar, setAr, 'rtl')}
        <div className="entity-panel__field">
          <label htmlFor={`${ids}-type`}>{t('author.entityType')}</label>
          <select id={`${ids}-type`} value={type} onChange={(e) => setType(e.target.value)}>
            {doc.nodeTypes.map((nt) => (
              <option key={nt.id} value={nt.id}>
                {nt.label[lang]}
              </option>
            ))}
          </select>
        </div>
        {field('aliasesAr', t('author.aliasesAr'), aliasesAr, setAliasesAr, 'rtl')}
        {field('aliasesEn', t('author.aliasesEn'), aliasesEn, setAliasesEn, 'ltr')}
        {field('noteEn', t('author.noteEn'), noteEn, setNoteEn, 'ltr', true)}
        {field('noteAr', t('author.noteAr'), noteAr, setNoteAr, 'rtl', true)}
        <div className="entity-panel__buttons">
          <button type="submit">{t('author.save')}</button>
          <button type="button" aria-label={t('ann.closePanel')} onClick={() => selectEntity(null)}>
            {t('ann.close')}
          </button>
        </div>
      </form>
    </section>
  );
}
