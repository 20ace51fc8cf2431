import './vocabulary.css';
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import {
  addCategory,
  addNodeType,
  addRelationType,
  removeCategory,
  removeNodeType,
  removeRelationType,
  updateCategory,
  updateNodeType,
  updateRelationType,
} from '../../domain/annotation/edits';
import type { AnnotationDoc, EditResult } from '../../domain/annotation/schema';
import type { Bilingual } from '../../domain/schema';
import { categoryColor, nodeStyle } from '../../shared/palette';
import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { useDoc, useEdit } from './doc-hooks';
import { refusalMessage, type Refusal } from './messages';

type Edit = (change: (doc: AnnotationDoc) => EditResult, name: string) => boolean;

/** "Vocabulary…": the draft's types and categories, changed without leaving the annotation view. */
export function VocabularyButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="vocabulary-open" onClick={() => setOpen(true)}>
        {t('author.vocabulary')}
      </button>
      {open && <VocabularyPanel onClose={() => setOpen(false)} />}
    </>
  );
}

const names = (form: HTMLFormElement): Bilingual => {
  const data = new FormData(form);
  return { ar: String(data.get('ar') ?? ''), en: String(data.get('en') ?? '') };
};

/**
 * Entity types, relation types and categories: add, rename, move, redirect, remove. Each
 * change is one undo step; a refusal (a name taken, a type in use) is said here and
 * changes nothing.
 */
export function VocabularyPanel({ onClose }: { onClose: () => void }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const doc = useDoc();
  const run = useEdit();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [error, setError] = useState<Refusal | null>(null);
  useEffect(function openModal() {
    if (ref.current && !ref.current.open) ref.current.showModal();
  }, []);

  const edit: Edit = (change, name) => {
    const refused = run(change, { code: 'done-vocabulary', params: { name } });
    setError(refused);
    return refused === null;
  };
  const submit = (handler: (form: HTMLFormElement) => boolean, reset = false) => (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    if (handler(form) && reset) form.reset();
  };
  const categories = doc.categories ?? [];

  return (
    <dialog ref={ref} className="dialog author-dialog vocabulary" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>{t('author.vocabularyTitle')}</h2>
      <p className="muted">{t('author.vocabularyHelp')}</p>
      <div role="alert" className="author-dialog__error">
        {error && <p>{refusalMessage(t, error)}</p>}
      </div>

      <Section title={t('author.entityTypes', { count: doc.nodeTypes.length })} open>
        <form className="vocabulary__add" onSubmit={submit((f) => edit((d) => addNodeType(d, { label: names(f) }), names(f)[lang]), true)}>
          <NameInputs />
          <button type="submit">{t('author.addEntityType')}</button>
        </form>
        <ul className="vocabulary__list">
          {doc.nodeTypes.map((type, order) => {
            const name = type.label[lang];
            return (
              <li key={`${type.id}:${type.label.ar}:${type.label.en}`}>
                <form onSubmit={submit((f) => edit((d) => updateNodeType(d, type.id, { label: names(f) }), names(f)[lang]))}>
                  <ColorInput name={name} color={nodeStyle(type.id, order, type.color).color} onPick={(color) => edit((d) => updateNodeType(d, type.id, { color }), name)} />
                  <NameInputs label={type.label} name={name} />
                  {type.color !== undefined && <ResetColor name={name} onReset={() => edit((d) => updateNodeType(d, type.id, { color: null }), name)} />}
                  <Buttons name={name} onRemove={() => edit((d) => removeNodeType(d, type.id), name)} />
                </form>
              </li>
            );
          })}
        </ul>
      </Section>

      <Section title={t('author.relationTypes', { count: doc.relationTypes.length })}>
        <form
          className="vocabulary__add"
          onSubmit={submit((f) => {
            const data = new FormData(f);
            const category = String(data.get('category') ?? '');
            return edit((d) => addRelationType(d, { label: names(f), category, directed: data.get('directed') === 'on' }), names(f)[lang]);
          }, true)}
        >
          <NameInputs />
          <CategorySelect categories={categories} lang={lang} label={t('author.category')} />
          <label className="vocabulary__check">
            <input type="checkbox" name="directed" defaultChecked /> {t('author.directed')}
          </label>
          <button type="submit">{t('author.addRelationType')}</button>
        </form>
        <ul className="vocabulary__list">
          {doc.relationTypes.map((type) => {
            const name = type.label[lang];
            return (
              <li key={`${type.id}:${type.label.ar}:${type.label.en}:${type.category}:${type.directed}`}>
                <form
                  onSubmit={submit((f) => {
                    const data = new FormData(f);
                    const patch = { label: names(f), category: String(data.get('category') ?? type.category), directed: data.get('directed') === 'on' };
                    return edit((d) => updateRelationType(d, type.id, patch), names(f)[lang]);
                  })}
                >
                  <span className="vocabulary__swatch" style={{ background: categoryColor(type.category, 0, categories.find((c) => c.id === type.category)?.color) }} aria-hidden="true" />
                  <NameInputs label={type.label} name={name} />
                  <CategorySelect categories={categories} lang={lang} label={t('author.categoryOf', { name })} value={type.category} />
                  <label className="vocabulary__check">
                    <input type="checkbox" name="directed" defaultChecked={type.directed} aria-label={t('author.directedOf', { name })} /> {t('author.directedShort')}
                  </label>
                  <Buttons name={name} onRemove={() => edit((d) => removeRelationType(d, type.id), name)} />
                </form>
              </li>
            );
          })}
        </ul>
      </Section>

      <Section title={t('author.categories', { count: categories.length })}>
        <form className="vocabulary__add" onSubmit={submit((f) => edit((d) => addCategory(d, { label: names(f) }), names(f)[lang]), true)}>
          <NameInputs />
          <button type="submit">{t('author.addCategory')}</button>
        </form>
        <ul className="vocabulary__list">
          {categories.map((c) => {
            const name = c.label[lang];
            return (
              <li key={`${c.id}:${c.label.ar}:${c.label.en}`}>
                <form onSubmit={submit((f) => edit((d) => updateCategory(d, c.id, { label: names(f) }), names(f)[lang]))}>
                  <ColorInput name={name} color={categoryColor(c.id, 0, c.color)} onPick={(color) => edit((d) => updateCategory(d, c.id, { color }), name)} />
                  <NameInputs label={c.label} name={name} />
                  {c.color !== undefined && <ResetColor name={name} onReset={() => edit((d) => updateCategory(d, c.id, { color: null }), name)} />}
                  <Buttons name={name} onRemove={() => edit((d) => removeCategory(d, c.id), name)} />
                </form>
              </li>
            );
          })}
        </ul>
      </Section>

      <div className="author-dialog__buttons">
        <button type="button" className="primary" onClick={() => ref.current?.close()}>
          {t('author.done')}
        </button>
      </div>
    </dialog>
  );
}

function Section({ title, open = false, children }: { title: string; open?: boolean; children: ReactNode }) {
  return (
    <details className="vocabulary__section" open={open}>
      <summary>{title}</summary>
      {children}
    </details>
  );
}

/** The two names of a type; for an existing one the fields are named after it. */
function NameInputs({ label, name }: { label?: Bilingual; name?: string }) {
  const t = useT();
  return (
    <>
      <input name="ar" dir="rtl" lang="ar" defaultValue={label?.ar ?? ''} aria-label={name === undefined ? t('author.nameAr') : t('author.nameArOf', { name })} placeholder={name === undefined ? t('author.nameAr') : undefined} />
      <input name="en" dir="ltr" lang="en" defaultValue={label?.en ?? ''} aria-label={name === undefined ? t('author.nameEn') : t('author.nameEnOf', { name })} placeholder={name === undefined ? t('author.nameEn') : undefined} />
    </>
  );
}

/**
 * A type's colour, picked in place. The edit is made on the picker's `change` (when it
 * closes), not on each `input` while it is dragged, so one pick is one undo step.
 */
function ColorInput({ name, color, onPick }: { name: string; color: string; onPick: (color: string) => void }) {
  const t = useT();
  const ref = useRef<HTMLInputElement>(null);
  const pick = useRef(onPick);
  useEffect(() => {
    pick.current = onPick;
  });
  useEffect(function listenForChange() {
    const input = ref.current;
    if (!input) return;
    const changed = () => {
      if (input.value.toLowerCase() !== color.toLowerCase()) pick.current(input.value);
    };
    input.addEventListener('change', changed);
    return () => input.removeEventListener('change', changed);
  }, [color]);
  return <input ref={ref} key={color} type="color" className="vocabulary__color" defaultValue={color} aria-label={t('author.colorOf', { name })} />;
}

/** Shown while a type has its own colour: gives it the palette's back. */
function ResetColor({ name, onReset }: { name: string; onReset: () => void }) {
  const t = useT();
  return (
    <button type="button" className="vocabulary__reset" aria-label={t('author.resetColorOf', { name })} onClick={onReset}>
      {t('author.resetColor')}
    </button>
  );
}

function CategorySelect({ categories, lang, label, value }: { categories: AnnotationDoc['categories'] & object; lang: 'ar' | 'en'; label: string; value?: string }) {
  return (
    <select name="category" aria-label={label} defaultValue={value ?? categories[0]?.id}>
      {categories.map((c) => (
        <option key={c.id} value={c.id}>
          {c.label[lang]}
        </option>
      ))}
    </select>
  );
}

function Buttons({ name, onRemove }: { name: string; onRemove: () => void }) {
  const t = useT();
  return (
    <span className="vocabulary__buttons">
      <button type="submit" aria-label={t('author.saveNamed', { name })}>
        {t('author.save')}
      </button>
      <button type="button" aria-label={t('author.removeNamed', { name })} onClick={onRemove}>
        {t('author.remove')}
      </button>
    </span>
  );
}
