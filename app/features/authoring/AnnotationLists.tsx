import type { Problem } from '../../domain/validate';
import type { AnnotationProblem } from '../../domain/annotation/schema';
import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { relationSentence, useDocAfterPaint } from './doc-hooks';
import type { DialogState } from './dialogs';
import { spanRange, useAuthoring } from './store';
import { Quote } from './Quote';
import { memo, useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { AnnotationRelation, Entity } from '../../domain/annotation/schema';
import { entityLabel } from './doc-hooks';
import { lacksEnglishLabel } from './text-annotation';
import { useTextPick } from './text-store';
import { useMarkAll } from './use-proposals';

/** A callback that keeps its identity and always calls the latest `callback` (for memoised rows). */
function useStableCallback<A extends unknown[]>(callback: (...args: A) => void): (...args: A) => void {
  const latest = useRef(callback);
  useLayoutEffect(function keepLatest() {
    latest.current = callback;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}

/**
 * Every entity, with rename/retype, merge and delete; the buttons name the entity. It
 * follows the text by a frame, and a step re-renders only the rows it changed.
 */
export function EntityList({ onOpen }: { onOpen: (dialog: DialogState) => void }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const doc = useDocAfterPaint();
  const picked = useTextPick((s) => s.entity);
  const selectEntity = useTextPick((s) => s.selectEntity);
  const markAll = useStableCallback(useMarkAll());
  const open = useStableCallback(onOpen);
  const relationCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const r of doc.relations) {
      counts.set(r.source, (counts.get(r.source) ?? 0) + 1);
      if (r.target !== r.source) counts.set(r.target, (counts.get(r.target) ?? 0) + 1);
    }
    return counts;
  }, [doc.relations]);
  const typeLabels = useMemo(() => new Map(doc.nodeTypes.map((n) => [n.id, n.label[lang]])), [doc.nodeTypes, lang]);
  return (
    <section className="ann-side" aria-labelledby="ann-entities">
      <h3 id="ann-entities">{t('author.entities', { count: doc.entities.length })}</h3>
      {doc.entities.length === 0 && <p className="muted">{t('author.noEntities')}</p>}
      <ul className="ann-items">
        {doc.entities.map((e) => (
          <EntityRow
            key={e.id}
            entity={e}
            typeLabel={typeLabels.get(e.type) ?? e.type}
            relations={relationCounts.get(e.id) ?? 0}
            picked={e.id === picked}
            canMerge={doc.entities.length >= 2}
            onSelect={selectEntity}
            onOpen={open}
            onMarkAll={markAll}
          />
        ))}
      </ul>
    </section>
  );
}

const EntityRow = memo(function EntityRow({
  entity: e,
  typeLabel,
  relations,
  picked,
  canMerge,
  onSelect,
  onOpen,
  onMarkAll,
}: {
  entity: Entity;
  typeLabel: string;
  relations: number;
  picked: boolean;
  canMerge: boolean;
  onSelect: (id: string | null) => void;
  onOpen: (dialog: DialogState) => void;
  onMarkAll: (id: string) => void;
}) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const label = e.label[lang];
  return (
    <li className={picked ? 'ann-items--picked' : undefined}>
      <span className="ann-items__name" dir="auto">
        {label}
      </span>{' '}
      <span className="muted">
        {typeLabel} · {t('author.counts', { mentions: e.mentions.length, relations })}
      </span>
      <span className="ann-items__buttons">
        <button type="button" aria-label={t('ann.showNamed', { label })} aria-pressed={picked} onClick={() => onSelect(picked ? null : e.id)}>
          {t('ann.show')}
        </button>
        <button type="button" aria-label={t('author.editNamed', { label })} onClick={() => onOpen({ kind: 'entity', id: e.id })}>
          {t('author.edit')}
        </button>
        <button type="button" aria-label={t('author.markAllNamed', { label })} onClick={() => onMarkAll(e.id)}>
          {t('author.markAll')}
        </button>
        <button type="button" aria-label={t('author.mergeNamed', { label })} onClick={() => onOpen({ kind: 'merge', id: e.id })} disabled={!canMerge}>
          {t('author.merge')}
        </button>
        <button type="button" aria-label={t('author.deleteNamed', { label })} onClick={() => onOpen({ kind: 'delete-entity', id: e.id })}>
          {t('author.delete')}
        </button>
      </span>
    </li>
  );
});

/**
 * Every relation read as a sentence, its quoted words, and what can be done to it. It
 * follows the text by a frame, and a step re-renders only the cards it changed.
 */
export function RelationList({ onOpen }: { onOpen: (dialog: DialogState) => void }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const doc = useDocAfterPaint();
  // Whether words are selected enables every card's "Add evidence": read after the frame,
  // so selecting words or a step that ends a selection does not redraw every card first.
  const hasSpan = useDeferredValue(useAuthoring((s) => spanRange(s.span) !== null));
  const picked = useTextPick((s) => s.relation);
  const open = useStableCallback(onOpen);
  return (
    <section className="ann-side" aria-labelledby="ann-relations">
      <h3 id="ann-relations">{t('author.relations', { count: doc.relations.length })}</h3>
      {doc.relations.length === 0 && <p className="muted">{t('author.noRelations')}</p>}
      <ul className="ann-items">
        {doc.relations.map((r) => {
          const sentence = relationSentence(doc, r, lang);
          const attributed = r.attributedTo ? entityLabel(doc, r.attributedTo, lang) : null;
          return <RelationRow key={r.id} relation={r} sentence={sentence} attributed={attributed} picked={r.id === picked} hasSpan={hasSpan} onOpen={open} />;
        })}
      </ul>
    </section>
  );
}

const RelationRow = memo(function RelationRow({
  relation: r,
  sentence,
  attributed,
  picked,
  hasSpan,
  onOpen,
}: {
  relation: AnnotationRelation;
  /** The relation read as a sentence. */
  sentence: string;
  /** The label of the entity it is attributed to; null when the article states it. */
  attributed: string | null;
  picked: boolean;
  hasSpan: boolean;
  onOpen: (dialog: DialogState) => void;
}) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const qualifiers = r.qualifiers?.[lang] ?? r.qualifiers?.[lang === 'ar' ? 'en' : 'ar'];
  return (
    <RelationCard picked={picked}>
      <span className="ann-items__name" dir="auto">
        {sentence}
      </span>
      <span className="ann-items__facts">
        <span>{attributed !== null ? t('ann.attributedTo', { label: attributed }) : t('author.statedByArticle')}</span>
        {r.inferred && <span className="ann-items__tag">{t('ann.inferred')}</span>}
        {qualifiers && <span dir="auto">{t('ann.qualifiers', { text: qualifiers })}</span>}
      </span>
      <ul className="ann-items__quotes">
        {r.evidence.map((ev) => (
          <li key={`${ev.sentence}-${ev.quote}-${ev.occurrence ?? 1}`}>
            <Quote text={ev.quote} />
          </li>
        ))}
      </ul>
      <span className="ann-items__buttons">
        <button type="button" aria-label={t('author.addEvidenceNamed', { relation: sentence })} disabled={!hasSpan} onClick={() => onOpen({ kind: 'evidence', relationId: r.id })}>
          {t('author.addEvidenceShort')}
        </button>
        <button type="button" aria-label={t('author.editNamed', { label: sentence })} onClick={() => onOpen({ kind: 'relation', id: r.id })}>
          {t('author.edit')}
        </button>
        <button type="button" aria-label={t('author.deleteNamed', { label: sentence })} onClick={() => onOpen({ kind: 'delete-relation', id: r.id })}>
          {t('author.delete')}
        </button>
      </span>
    </RelationCard>
  );
});

/** A relation's card, lit and brought into view when its arc is clicked. */
function RelationCard({ picked, children }: { picked: boolean; children: React.ReactNode }) {
  const ref = useRef<HTMLLIElement>(null);
  useEffect(
    function bringPickedIntoView() {
      const card = ref.current;
      // Only the side column scrolls: on a phone, where the page scrolls as one, the text stays in view.
      const side = card?.closest<HTMLElement>('.annotate__side');
      if (!picked || !card || !side || getComputedStyle(side).overflowY === 'visible') return;
      const at = card.getBoundingClientRect().top - side.getBoundingClientRect().top;
      if (at < 0 || at + card.offsetHeight > side.clientHeight) side.scrollTop += at - 8;
    },
    [picked],
  );
  return (
    <li ref={ref} className={picked ? 'ann-items--picked' : undefined} aria-current={picked ? 'true' : undefined}>
      {children}
    </li>
  );
}

/**
 * What still stops the exported file from validating (a quote not in its sentence, an id
 * that points nowhere), and apart from it what is worth a look but lets it validate (an
 * empty graph, an entity no relation joins yet, a label not yet in English, a repeat).
 */
export function ChecksList({ problems, warnings }: { problems: Problem[]; warnings: AnnotationProblem[] }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const doc = useDocAfterPaint();
  const untranslated = doc.entities.filter(lacksEnglishLabel).map((e) => e.label.ar);
  const advice = warnings.filter((w) => w.advice);
  const others = warnings.filter((w) => !w.advice);
  const said = (w: AnnotationProblem) =>
    w.advice?.kind === 'no-relation'
      ? t('ann.checkNoRelation', { label: doc.entities.find((e) => e.id === (w.advice?.kind === 'no-relation' ? w.advice.entity : ''))?.label[lang] ?? w.path })
      : t('ann.checkEmpty');
  return (
    <section className="ann-side" aria-labelledby="ann-checks">
      <h3 id="ann-checks">{t('author.checks')}</h3>
      {problems.length === 0 ? (
        <p>{t('author.checksOk')}</p>
      ) : (
        <>
          <p>{t('author.checksProblems', { count: problems.length })}</p>
          <PathList items={problems} />
        </>
      )}
      {warnings.length + untranslated.length > 0 && (
        <>
          <p>{t('author.checksWarnings')}</p>
          {advice.length > 0 && (
            <ul className="problem-list">
              {advice.slice(0, 12).map((w) => (
                <li key={w.path} dir="auto">
                  {said(w)}
                </li>
              ))}
            </ul>
          )}
          {others.length > 0 && <PathList items={others} />}
          {untranslated.length > 0 && <p dir="auto">{t('ann.untranslated', { labels: untranslated.join(lang === 'ar' ? '، ' : ', ') })}</p>}
        </>
      )}
    </section>
  );
}

function PathList({ items }: { items: Problem[] }) {
  return (
    <ul className="problem-list">
      {items.slice(0, 12).map((p, i) => (
        <li key={`${p.path}-${i}`}>
          <code dir="ltr">{p.path}</code> <span dir="auto">{p.message}</span>
        </li>
      ))}
    </ul>
  );
}
