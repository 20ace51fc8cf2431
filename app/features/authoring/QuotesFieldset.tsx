import { useState } from 'react';
import { useT } from '../../state/hooks';
import type { SpanRef } from '../../domain/annotation/schema';
import { Quote } from './Quote';

const KEYS = {
  mentions: { legend: 'author.mentions', remove: 'author.removeMention' },
  evidence: { legend: 'author.evidenceList', remove: 'author.removeEvidence' },
} as const;

/** The indices marked for removal in a form's quotes, and the toggle of one. */
export function useRemovalMarks(): [ReadonlySet<number>, (index: number) => void] {
  const [removed, setRemoved] = useState<ReadonlySet<number>>(new Set());
  const toggle = (index: number) =>
    setRemoved((r) => {
      const next = new Set(r);
      if (next.has(index)) next.delete(index);
      else next.add(index);
      return next;
    });
  return [removed, toggle];
}

/**
 * An entity's mentions or a relation's evidence in its form, each one to mark for removal:
 * the marked go when the form is saved, in the same step (the core keeps a relation's last
 * evidence and says so then).
 */
export function QuotesFieldset({ kind, quotes, removed, onToggle }: { kind: keyof typeof KEYS; quotes: readonly SpanRef[]; removed: ReadonlySet<number>; onToggle: (index: number) => void }) {
  const t = useT();
  const keys = KEYS[kind];
  return (
    <fieldset className="author-mentions">
      <legend>{t(keys.legend, { count: quotes.length - removed.size })}</legend>
      <ul>
        {quotes.map((q, i) => (
          <li key={`${q.sentence}-${q.quote}-${q.occurrence ?? 1}`} className={removed.has(i) ? 'author-mentions__removed' : undefined}>
            <Quote text={q.quote} /> <span className="muted">{q.sentence}</span>{' '}
            {removed.has(i) && <span className="muted">{t('author.removeMarked')} </span>}
            <button type="button" aria-pressed={removed.has(i)} onClick={() => onToggle(i)} aria-label={t(keys.remove, { quote: q.quote })}>
              {t('author.remove')}
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
