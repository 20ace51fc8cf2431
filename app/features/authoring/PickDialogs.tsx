import { useState } from 'react';
import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { addEvidence, addMention } from '../../domain/annotation/edits';
import { relationSentence, useDoc, useEdit } from './doc-hooks';
import { Field, FormDialog } from './FormDialog';
import { useSpanRef } from './use-span-ref';
import { Quote } from './Quote';

/** The selected words as one more mention of an entity that exists. */
export function MentionDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const doc = useDoc();
  const edit = useEdit();
  const span = useSpanRef();
  // Nothing chosen at first: a preselected entity was the wrong one more often than not.
  const [entity, setEntity] = useState('');
  return (
    <FormDialog
      title={t('author.mentionTitle')}
      submitLabel={t('author.addMention')}
      onClose={onClose}
      onSubmit={() => (!entity ? { code: 'no-entity-chosen' } : span ? edit((d) => addMention(d, entity, span), { code: 'done-mention', params: { label: doc.entities.find((e) => e.id === entity)?.label[lang] ?? entity } }) : { code: 'no-span' })}
    >
      {span && (
        <p>
          {t('author.fromWords')} <Quote text={span.quote} />
        </p>
      )}
      <Field label={t('author.entity')}>
        <select value={entity} onChange={(e) => setEntity(e.target.value)}>
          <option value="" disabled>
            {t('ann.chooseEntity')}
          </option>
          {doc.entities.map((e) => (
            <option key={e.id} value={e.id}>
              {e.label[lang]}
            </option>
          ))}
        </select>
      </Field>
    </FormDialog>
  );
}

/** The selected words as one more piece of evidence for a relation. */
export function EvidenceDialog({ relationId, onClose }: { relationId: string | undefined; onClose: () => void }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const doc = useDoc();
  const edit = useEdit();
  const span = useSpanRef();
  const [relation, setRelation] = useState(relationId ?? doc.relations[0]?.id ?? '');
  return (
    <FormDialog
      title={t('author.evidenceTitle')}
      submitLabel={t('author.addEvidenceSubmit')}
      onClose={onClose}
      onSubmit={() => (span ? edit((d) => addEvidence(d, relation, span), { code: 'done-evidence' }) : { code: 'no-span' })}
    >
      {span && (
        <p>
          {t('author.fromWords')} <Quote text={span.quote} />
        </p>
      )}
      <Field label={t('author.relation')}>
        <select value={relation} onChange={(e) => setRelation(e.target.value)}>
          {doc.relations.map((r) => (
            <option key={r.id} value={r.id}>
              {relationSentence(doc, r, lang)}
            </option>
          ))}
        </select>
      </Field>
    </FormDialog>
  );
}
