import { useState } from 'react';
import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { deleteEntity, deleteRelation, describeDeletion, mergeEntities } from '../../domain/annotation/edits';
import { entityLabel, relationSentence, useDoc, useEdit } from './doc-hooks';
import { Field, FormDialog } from './FormDialog';

/** Merge another entity into this one, saying first what moves and what is dropped. */
export function MergeDialog({ id, onClose }: { id: string; onClose: () => void }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const doc = useDoc();
  const edit = useEdit();
  const others = doc.entities.filter((e) => e.id !== id);
  const [drop, setDrop] = useState(others[0]?.id ?? '');
  const keepLabel = entityLabel(doc, id, lang);
  const dropLabel = entityLabel(doc, drop, lang);
  const moving = describeDeletion(doc, drop);
  const between = doc.relations.filter((r) => (r.source === id && r.target === drop) || (r.source === drop && r.target === id)).length;
  return (
    <FormDialog title={t('author.mergeTitle', { label: keepLabel })} submitLabel={t('author.merge')} onClose={onClose} onSubmit={() => edit((d) => mergeEntities(d, id, drop), { code: 'done-merged', params: { drop: dropLabel, keep: keepLabel } })}>
      <Field label={t('author.mergeWhich')}>
        <select value={drop} onChange={(e) => setDrop(e.target.value)}>
          {others.map((e) => (
            <option key={e.id} value={e.id}>
              {e.label[lang]}
            </option>
          ))}
        </select>
      </Field>
      {drop && (
        <p className="author-statement">
          {t('author.mergeStatement', { drop: dropLabel, keep: keepLabel, mentions: moving.mentions, relations: moving.relations.length, attributed: moving.attributedRelations.length })}
          {between > 0 && ` ${t('author.mergeDropped', { count: between, keep: keepLabel })}`}
        </p>
      )}
    </FormDialog>
  );
}

/** Delete an entity: the statement lists every relation that goes with it. */
export function DeleteEntityDialog({ id, onClose }: { id: string; onClose: () => void }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const doc = useDoc();
  const edit = useEdit();
  const what = describeDeletion(doc, id);
  const label = entityLabel(doc, id, lang);
  const sentence = (rid: string) => {
    const r = doc.relations.find((x) => x.id === rid);
    return r ? relationSentence(doc, r, lang) : rid;
  };
  return (
    <FormDialog title={t('author.deleteEntityTitle', { label })} submitLabel={t('author.delete')} danger onClose={onClose} onSubmit={() => edit((d) => deleteEntity(d, id), { code: 'done-deleted', params: { label } })}>
      <p className="author-statement">{t('author.deleteEntityStatement', { label, mentions: what.mentions, relations: what.relations.length, attributed: what.attributedRelations.length })}</p>
      {what.relations.length > 0 && (
        <ul>
          {what.relations.map((rid) => (
            <li key={rid}>{sentence(rid)}</li>
          ))}
        </ul>
      )}
      {what.attributedRelations.length > 0 && (
        <>
          <p>{t('author.deleteAttribution')}</p>
          <ul>
            {what.attributedRelations.map((rid) => (
              <li key={rid}>{sentence(rid)}</li>
            ))}
          </ul>
        </>
      )}
    </FormDialog>
  );
}

export function DeleteRelationDialog({ id, onClose }: { id: string; onClose: () => void }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const doc = useDoc();
  const edit = useEdit();
  const relation = doc.relations.find((r) => r.id === id);
  const sentence = relation ? relationSentence(doc, relation, lang) : id;
  return (
    <FormDialog title={t('author.deleteRelationTitle')} submitLabel={t('author.delete')} danger onClose={onClose} onSubmit={() => edit((d) => deleteRelation(d, id), { code: 'done-deleted', params: { label: sentence } })}>
      <p className="author-statement">{t('author.deleteRelationStatement', { relation: sentence, count: relation?.evidence.length ?? 0 })}</p>
    </FormDialog>
  );
}
