import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { EdgeSchema } from '../../domain/schema';
import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { addEvidence } from '../../domain/annotation/edits';
import { relationSentence, useDoc, useEdit } from './doc-hooks';
import { Field, FormDialog, submitForm } from './FormDialog';
import { useSpanRef } from './use-span-ref';
import { Quote } from './Quote';

/** The form's rules are the contract's: a relation's id. */
export const EvidenceFormSchema = z.object({ relation: EdgeSchema.shape.id });

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
