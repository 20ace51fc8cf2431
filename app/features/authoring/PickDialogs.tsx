import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { EdgeSchema, NodeSchema } from '../../domain/schema';
import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { addEvidence, addMention } from '../../domain/annotation/edits';
import { relationSentence, useDoc, useEdit } from './doc-hooks';
import { Field, FormDialog, submitForm } from './FormDialog';
import { useSpanRef } from './use-span-ref';
import { Quote } from './Quote';

/** The forms' rules are the contract's: an entity's id, a relation's id. */
/** An empty entity is "none chosen yet", refused with its own message on submit. */
export const MentionFormSchema = z.object({ entity: z.union([z.literal(''), NodeSchema.shape.id]) });
export const EvidenceFormSchema = z.object({ relation: EdgeSchema.shape.id });

/** The selected words as one more mention of an entity that exists. */
export function MentionDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const doc = useDoc();
  const edit = useEdit();
  const span = useSpanRef();
  // Nothing chosen at first: a preselected entity was the wrong one more often than not.
  const { register, handleSubmit } = useForm<z.infer<typeof MentionFormSchema>>({
    resolver: zodResolver(MentionFormSchema),
    defaultValues: { entity: '' },
  });
  return (
    <FormDialog
      title={t('author.mentionTitle')}
      submitLabel={t('author.addMention')}
      onClose={onClose}
      onSubmit={submitForm(handleSubmit, ({ entity }) =>
        !entity
          ? { code: 'no-entity-chosen' }
          : span
            ? edit((d) => addMention(d, entity, span), { code: 'done-mention', params: { label: doc.entities.find((e) => e.id === entity)?.label[lang] ?? entity } })
            : { code: 'no-span' },
      )}
    >
      {span && (
        <p>
          {t('author.fromWords')} <Quote text={span.quote} />
        </p>
      )}
      <Field label={t('author.entity')}>
        <select {...register('entity')}>
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
  const { register, handleSubmit } = useForm<z.infer<typeof EvidenceFormSchema>>({
    resolver: zodResolver(EvidenceFormSchema),
    defaultValues: { relation: relationId ?? doc.relations[0]?.id ?? '' },
  });
  return (
    <FormDialog
      title={t('author.evidenceTitle')}
      submitLabel={t('author.addEvidenceSubmit')}
      onClose={onClose}
      onSubmit={submitForm(handleSubmit, ({ relation }) => (span ? edit((d) => addEvidence(d, relation, span), { code: 'done-evidence' }) : { code: 'no-span' }))}
    >
      {span && (
        <p>
          {t('author.fromWords')} <Quote text={span.quote} />
        </p>
      )}
      <Field label={t('author.relation')}>
        <select {...register('relation')}>
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
