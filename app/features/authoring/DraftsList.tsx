import { useId, useState } from 'react';
import { compileDraft } from '../../domain/annotation/compile';
import { downloadBlob } from '../../shared/download';
import { MAIN_ID } from '../../shared/ids';
import { targetRef } from '../../shared/focus-targets';
import { useDrafts, type DamagedRecord, type DraftRecord } from '../../state/drafts';
import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { downloadGraph } from './AuthoringBar';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { BilingualSchema } from '../../domain/schema';
import { FieldMessage, fieldMessage } from './form-errors';
import { Field, FormDialog, submitForm } from './FormDialog';

type Dialog = { kind: 'rename' | 'delete'; id: string } | null;

/** Every draft kept in this browser: open, rename, duplicate, export, delete; and any set aside. */
export function DraftsList() {
  const t = useT();
  const drafts = useDrafts((s) => s.drafts);
  const damaged = useDrafts((s) => s.damaged);
  const openWorkspace = useAppStore((s) => s.openWorkspace);
  const [dialog, setDialog] = useState<Dialog>(null);
  const headingId = useId();
  const rows = Object.entries(drafts).sort(([, a], [, b]) => b.updatedAt - a.updatedAt);
  const record = dialog ? drafts[dialog.id] : undefined;
  return (
    <main ref={targetRef('page-start')} id={MAIN_ID} className="drafts" tabIndex={-1} aria-labelledby={headingId}>
      <div className="drafts__head">
        <h2 id={headingId}>{t('drafts.title')}</h2>
        <button type="button" className="primary" onClick={() => openWorkspace({ page: 'new' })}>
          {t('author.newGraph')}
        </button>
        <button type="button" onClick={() => openWorkspace(null)}>
          {t('author.close')}
        </button>
      </div>
      <p className="muted">{t('drafts.hint')}</p>
      {rows.length === 0 && <p>{t('drafts.none')}</p>}
      <ul className="drafts__list">
        {rows.map(([id, r]) => (
          <DraftRow key={id} id={id} record={r} onDialog={setDialog} />
        ))}
      </ul>
      {damaged.length > 0 && <DamagedList records={damaged} />}
      {dialog && record && <DraftDialog dialog={dialog} record={record} onClose={() => setDialog(null)} />}
    </main>
  );
}

export function draftTitle(record: DraftRecord, lang: 'ar' | 'en'): string {
  const { title } = record.history.present.article;
  return record.name || title[lang] || title.ar;
}

function DraftRow({ id, record, onDialog }: { id: string; record: DraftRecord; onDialog: (d: Dialog) => void }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const openWorkspace = useAppStore((s) => s.openWorkspace);
  const doc = record.history.present;
  const title = draftTitle(record, lang);
  const titleId = useId();
  const edited = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(record.updatedAt);
  return (
    <li className="drafts__item" aria-labelledby={titleId}>
      <h3 id={titleId} dir="auto">
        {title}
      </h3>
      <p className="muted">
        {t('drafts.summary', { sentences: doc.sentences.length, entities: doc.entities.length, relations: doc.relations.length })}{' '}
        <span>{t('drafts.edited', { date: edited })}</span> <code dir="ltr">{id}</code>
      </p>
      <div className="drafts__actions">
        <button type="button" className="primary" aria-label={t('drafts.openNamed', { title })} onClick={() => openWorkspace({ page: 'annotate', draft: id })}>
          {t('drafts.openOne')}
        </button>
        <button type="button" aria-label={t('drafts.renameNamed', { title })} onClick={() => onDialog({ kind: 'rename', id })}>
          {t('drafts.rename')}
        </button>
        <button type="button" aria-label={t('drafts.duplicateNamed', { title })} onClick={() => useDrafts.getState().duplicate(id)}>
          {t('drafts.duplicate')}
        </button>
        <button type="button" aria-label={t('drafts.exportNamed', { title })} onClick={() => downloadGraph(compileDraft(doc).graph)}>
          {t('drafts.export')}
        </button>
        <button type="button" className="danger" aria-label={t('drafts.deleteNamed', { title })} onClick={() => onDialog({ kind: 'delete', id })}>
          {t('author.delete')}
        </button>
      </div>
    </li>
  );
}

function DraftDialog({ dialog, record, onClose }: { dialog: NonNullable<Dialog>; record: DraftRecord; onClose: () => void }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const title = draftTitle(record, lang);
  const doc = record.history.present;
  if (dialog.kind === 'rename') return <RenameDialog id={dialog.id} title={title} onClose={onClose} />;
  return (
    <FormDialog
      title={t('drafts.deleteTitle', { title })}
      submitLabel={t('author.delete')}
      danger
      onClose={onClose}
      onSubmit={() => {
        useDrafts.getState().remove(dialog.id);
        return null;
      }}
    >
      <p className="author-statement">
        {t('drafts.deleteStatement', { sentences: doc.sentences.length, entities: doc.entities.length, relations: doc.relations.length, steps: record.history.past.length + record.history.future.length })}
      </p>
    </FormDialog>
  );
}

/** A draft's name follows the rule of a graph's title in the contract. */
export const RenameFormSchema = z.object({ name: z.string().trim().pipe(BilingualSchema.shape.en) });

function RenameDialog({ id, title, onClose }: { id: string; title: string; onClose: () => void }) {
  const t = useT();
  const fieldId = useId();
  const { register, handleSubmit, getFieldState, formState } = useForm<z.input<typeof RenameFormSchema>, unknown, z.output<typeof RenameFormSchema>>({
    resolver: zodResolver(RenameFormSchema),
    mode: 'onSubmit',
    defaultValues: { name: title },
  });
  const error = fieldMessage(t, getFieldState('name', formState).error);
  return (
    <FormDialog
      title={t('drafts.renameTitle', { title })}
      submitLabel={t('author.save')}
      onClose={onClose}
      onSubmit={submitForm(handleSubmit, ({ name }) => {
        useDrafts.getState().rename(id, name);
        return null;
      })}
    >
      <Field label={t('drafts.name')}>
        <input type="text" dir="auto" {...register('name')} {...(error ? { 'aria-invalid': true, 'aria-describedby': `${fieldId}-name` } : {})} />
        <FieldMessage id={`${fieldId}-name`} message={error} />
      </Field>
    </FormDialog>
  );
}

/** Stored records that failed the schema: never dropped, offered as they were. */
function DamagedList({ records }: { records: DamagedRecord[] }) {
  const t = useT();
  const headingId = useId();
  const download = (record: DamagedRecord) =>
    downloadBlob(new Blob([`${JSON.stringify(record.raw, null, 2)}\n`], { type: 'application/json' }), `${record.key}.damaged-draft.json`);
  return (
    <section className="drafts__damaged" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('drafts.damagedTitle')}</h3>
      <p>{t('drafts.damagedHint')}</p>
      <ul>
        {records.map((r) => (
          <li key={`${r.key}:${r.at}`}>
            <code dir="ltr">{r.key}</code> <span className="muted" dir="ltr">{r.problem}</span>{' '}
            <button type="button" onClick={() => download(r)}>
              {t('drafts.download')}
            </button>{' '}
            <button type="button" onClick={() => useDrafts.getState().discardDamaged(r)}>
              {t('drafts.discard')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
