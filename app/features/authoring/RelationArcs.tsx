import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { afterNextPaint } from '../../shared/after-paint';
import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { entityById, relationSentence, useDoc } from './doc-hooks';
import { arcTypes, arcView, type ArcView } from './arc-views';
import type { AnnotationDoc } from '../../domain/annotation/schema';
import { DerivedCache, StableLists } from './sentence-cache';
import type { RelationEnds } from './text-annotation';
import { useTextPick } from './text-store';

interface Arc {
  relation: string;
  path: string;
  head: string;
  x: number;
  y: number;
}

/** How far above the words an arc rises before its label; labels that would overlap go higher. */
const RISE = 12;
/** A label's height: labels closer than this on one row would overlap. */
const LINE = 15;

/** The point of a mention an arc starts or ends at: the middle of its first line box, at the top. */
function anchor(element: HTMLElement, origin: DOMRect): { x: number; y: number } {
  const box = element.getClientRects()[0] ?? element.getBoundingClientRect();
  return { x: box.left + box.width / 2 - origin.left, y: box.top - origin.top };
}

/** Where each of a sentence's arcs goes, measured from its mention elements; labels placed clear of each other. */
function measure(views: readonly ArcView[], elements: Map<string, HTMLElement>, origin: DOMRect): Arc[] {
  const placed: { x: number; y: number; w: number }[] = [];
  const place = (x: number, y: number, text: string) => {
    const w = text.length * 6.2 + 16;
    let at = y;
    for (let tries = 0; tries < 4 && placed.some((p) => Math.abs(p.y - at) < LINE && Math.abs(p.x - x) < (p.w + w) / 2); tries++) at -= LINE;
    placed.push({ x, y: at, w });
    return at;
  };
  const ordered = [...views].sort((a, b) => Number(a.cross) - Number(b.cross) || a.span - b.span);
  const out: Arc[] = [];
  for (const view of ordered) {
    const from = elements.get(view.from);
    const to = elements.get(view.to);
    if (!from?.isConnected || !to?.isConnected) continue;
    if (view.cross) {
      // Across sentences: a short dashed hook on the mention in the sentence that states it.
      const here = anchor(from, origin);
      const y = place(here.x, here.y - RISE - 8, `↕ ${view.label}`);
      out.push({ relation: view.relation, path: `M ${here.x} ${here.y} L ${here.x} ${y}`, head: '', x: here.x, y });
      continue;
    }
    const a = anchor(from, origin);
    const b = anchor(to, origin);
    const rise = Math.min(a.y, b.y) - RISE;
    // The curve's middle is a cubic's point at t = 1/2: (a + 6 top + b) / 8.
    const y = place((a.x + b.x) / 2, (a.y + 6 * rise + b.y) / 8, view.label);
    const top = (8 * y - a.y - b.y) / 6;
    out.push({
      relation: view.relation,
      path: `M ${a.x} ${a.y} C ${a.x} ${top} ${b.x} ${top} ${b.x} ${b.y - 2}`,
      head: `M ${b.x - 4} ${b.y - 8} L ${b.x + 4} ${b.y - 8} L ${b.x} ${b.y - 1} Z`,
      x: (a.x + b.x) / 2,
      y,
    });
  }
  return out;
}

const NO_ARCS: readonly ArcView[] = [];

/** What a sentence shows that moves its words (its mentions and proposals, each list by identity). */
export type Versions = readonly [unknown, unknown];

/**
 * The relations drawn over the sentences as labelled arcs from source to target mention,
 * measured from the mention elements, so they follow the text's own direction and lines.
 * A relation between mentions in different sentences is marked by a dashed hook with a ↕
 * on its label, on its mention in the sentence that states it. A label is a button that
 * selects the relation.
 *
 * Each sentence draws its own arcs, and only a sentence near the screen (`near`) draws
 * any: a step re-measures the arcs of the sentences it changed (`versions`: what a
 * sentence shows, by identity), and a reflow (the text's box resized, fonts arrived)
 * re-measures the drawn ones.
 */
export function RelationArcs({
  ends,
  elements,
  near,
  versions,
}: {
  ends: readonly RelationEnds[];
  elements: RefObject<Map<string, HTMLElement>>;
  near: ReadonlySet<string>;
  versions: (sentence: string) => Versions;
}) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const doc = useDoc();
  const selected = useTextPick((s) => s.relation);
  const selectRelation = useTextPick((s) => s.selectRelation);
  const box = useRef<HTMLDivElement>(null);
  const [reflow, setReflow] = useState(0);
  const [cache] = useState(() => ({ views: new DerivedCache<AnnotationDoc['relations'][number], ArcView>(), lists: new StableLists<ArcView>() }));

  useEffect(function redrawOnReflow() {
    const element = box.current?.parentElement;
    if (!element) return;
    const observer = new ResizeObserver(() => setReflow((n) => n + 1));
    observer.observe(element);
    void document.fonts?.ready.then(() => setReflow((n) => n + 1));
    return () => observer.disconnect();
  }, []);

  const bySentence = useMemo(() => {
    const types = arcTypes(doc, lang);
    const relations = new Map(doc.relations.map((r) => [r.id, r]));
    const grouped = new Map<string, ArcView[]>();
    for (const end of ends) {
      const r = relations.get(end.relation);
      if (!r) continue;
      // Kept while the relation, its ends, the entities it reads and the types are the same.
      const view = cache.views.get(r, [end, entityById(doc, r.source), entityById(doc, r.target), doc.relationTypes, doc.categories, lang], () => arcView(r, end, types, relationSentence(doc, r, lang)));
      const list = grouped.get(view.sentence);
      if (list) list.push(view);
      else grouped.set(view.sentence, [view]);
    }
    return cache.lists.update(grouped);
  }, [doc, ends, lang, cache]);

  const name = useCallback((view: ArcView) => t(view.cross ? 'ann.arcCrossName' : 'ann.arcName', { type: view.label, relation: view.reading }), [t]);
  return (
    <div className="ann-arcs" ref={box} role="group" aria-label={t('ann.arcs')}>
      {[...bySentence].map(([sentence, views]) =>
        near.has(sentence) ? (
          <SentenceArcs
            key={sentence}
            views={views}
            versions={versions(sentence)}
            reflow={reflow}
            selected={views.some((v) => v.relation === selected) ? selected : null}
            elements={elements}
            name={name}
            onSelect={selectRelation}
          />
        ) : null,
      )}
    </div>
  );
}

/** One sentence's arcs: measured as the sentence is first drawn, again (a frame after) only when it or the layout changes. */
const SentenceArcs = memo(
  function SentenceArcs({
    views = NO_ARCS,
    versions: [mentions, proposals],
    reflow,
    selected,
    elements,
    name,
    onSelect,
  }: {
    views: readonly ArcView[];
    versions: Versions;
    reflow: number;
    selected: string | null;
    elements: RefObject<Map<string, HTMLElement>>;
    name: (view: ArcView) => string;
    onSelect: (relation: string) => void;
  }) {
    const [arcs, setArcs] = useState<Arc[]>([]);
    const layer = useRef<HTMLDivElement>(null);
    const drawn = useRef(false);
    useLayoutEffect(
      function measureArcs() {
        const run = () => {
          const origin = views.length > 0 ? layer.current?.getBoundingClientRect() : undefined;
          setArcs((before) => (origin ? measure(views, elements.current, origin) : before.length === 0 ? before : []));
        };
        // The first time before the sentence is shown, so its arcs come with it; after a
        // change, once the frame showing the change is drawn (its layout is done by then):
        // measuring in the commit would make a step's first frame lay the page out twice.
        if (!drawn.current) {
          drawn.current = true;
          run();
          return;
        }
        return afterNextPaint(run);
      },
      // Besides the arcs themselves, what says the mentions may have moved: the sentence's marks, a reflow.
      [views, elements, reflow, mentions, proposals],
    );
    const byId = new Map(views.map((v) => [v.relation, v]));
    return (
      <div className="ann-arcs__layer" ref={layer}>
        <svg className="ann-arcs__svg" aria-hidden="true">
          {arcs.map((arc) => (
            <g key={arc.relation} className={`ann-arc${byId.get(arc.relation)?.cross ? ' ann-arc--cross' : ''}${arc.relation === selected ? ' ann-arc--selected' : ''}`} style={{ color: byId.get(arc.relation)?.color }}>
              <path className="ann-arc__line" d={arc.path} onClick={() => onSelect(arc.relation)} />
              {arc.head && <path className="ann-arc__head" d={arc.head} />}
            </g>
          ))}
        </svg>
        {arcs.map((arc) => {
          const view = byId.get(arc.relation);
          if (!view) return null;
          return (
            <button
              key={arc.relation}
              type="button"
              tabIndex={-1}
              className={`ann-arc__label${arc.relation === selected ? ' ann-arc__label--selected' : ''}`}
              style={{ left: arc.x, top: arc.y, borderColor: view.color }}
              aria-pressed={arc.relation === selected}
              aria-label={name(view)}
              onClick={() => onSelect(arc.relation)}
              onMouseDown={(event) => {
                // Dragged onto a name, the label attributes the relation to it (the text takes the release).
                if (event.button !== 0) return;
                useTextPick.getState().dragAttribution(arc.relation);
                window.addEventListener('mouseup', () => useTextPick.getState().dragAttribution(null), { once: true });
              }}
            >
              {view.cross && <span aria-hidden="true">↕ </span>}
              {view.label}
            </button>
          );
        })}
      </div>
    );
  },
  (a, b) => a.views === b.views && a.reflow === b.reflow && a.selected === b.selected && a.name === b.name && a.versions[0] === b.versions[0] && a.versions[1] === b.versions[1],
);
