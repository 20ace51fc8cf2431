import type { ReactNode } from 'react';

/** One part of the corpus panel: a heading with its count, a hint when there is nothing, then the list. */
export function CorpusSection({ id, title, count, empty, children }: { id: string; title: string; count: number; empty: string; children: ReactNode }) {
  return (
    <section className="corpus-section" aria-labelledby={id}>
      <h3 id={id}>
        {title} <span className="muted">({count})</span>
      </h3>
      {count === 0 && <p className="muted">{empty}</p>}
      {children}
    </section>
  );
}
