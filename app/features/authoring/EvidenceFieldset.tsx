import { useState } from 'react';
import { useT } from '../../state/hooks';
import { removeEvidence } from '../../domain/annotation/edits';
import type { AnnotationRelation as DocRelation, EditError } from '../../domain/annotation/schema';
import { useEdit } from './doc-hooks';
import { errorMessage } from './messages';
import { Quote } from './Quote';

/** A relation's evidence in its form, each removable (the core keeps the last one). */
export function EvidenceFieldset({ relation }: { relation: DocRelation }) {
  const t = useT();
  const edit = useEdit();
  const [error, setError] = useState<EditError | null>(null);
  return (
    <fieldset className="author-mentions">
      <legend>{t('author.evidenceList', { count: relation.evidence.length })}</legend>
      <ul>
        {relation.evidence.map((ev, i) => (
          <li key={`${ev.sentence}-${ev.quote}-${ev.occurrence ?? 1}`}>
            <Quote text={ev.quote} /> <span className="muted">{ev.sentence}</span>{' '}
            <button type="button" onClick={() => setError(edit((d) => removeEvidence(d, relation.id, i)))} aria-label={t('author.removeEvidence', { quote: ev.quote })}>
              {t('author.remove')}
            </button>
          </li>
        ))}
      </ul>
      <p role="alert" className="author-dialog__error">
        {error && errorMessage(t, error)}
      </p>
    </fieldset>
  );
}
