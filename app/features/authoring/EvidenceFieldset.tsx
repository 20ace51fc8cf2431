import { useT } from '../../state/hooks';
import type { AnnotationRelation as DocRelation } from '../../domain/annotation/schema';
import { Quote } from './Quote';

/**
 * A relation's evidence in its form, each one to mark for removal: the marked go when the
 * form is saved, in the same step (the core keeps the last one and says so then).
 */
export function EvidenceFieldset({ relation, removed, onToggle }: { relation: DocRelation; removed: ReadonlySet<number>; onToggle: (index: number) => void }) {
  const t = useT();
  return (
    <fieldset className="author-mentions">
      <legend>{t('author.evidenceList', { count: relation.evidence.length - removed.size })}</legend>
      <ul>
        {relation.evidence.map((ev, i) => (
          <li key={`${ev.sentence}-${ev.quote}-${ev.occurrence ?? 1}`} className={removed.has(i) ? 'author-mentions__removed' : undefined}>
            <Quote text={ev.quote} /> <span className="muted">{ev.sentence}</span>{' '}
            {removed.has(i) && <span className="muted">{t('author.removeMarked')} </span>}
            <button type="button" aria-pressed={removed.has(i)} onClick={() => onToggle(i)} aria-label={t('author.removeEvidence', { quote: ev.quote })}>
              {t('author.remove')}
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
