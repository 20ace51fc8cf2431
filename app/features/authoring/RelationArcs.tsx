import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { categoryColor } from '../../shared/palette';
import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { relationSentence, useDoc } from './doc-hooks';
import type { RelationEnds } from './text-annotation';
import { useTextPick } from './text-store';

interface Arc {
  relation: string;
  path: string;
  head: string;
  x: number;
  y: number;
  color: string;
  cross: boolean;
}

/** How far above the words an arc rises before its label; labels that would overlap go higher. */
const RISE = 12;

/** The point of a mention an arc starts or ends at: the middle of its first line box, at the top. */
function anchor(element: HTMLElement, origin: DOMRect): { x: number; y: number } {
  const box = element.getClientRects()[0] ?? element.getBoundingClientRect();
  return { x: box.left + box.width / 2 - origin.left, y: box.top - origin.top };
}

/**
 * The relations drawn over the sentences as labelled arcs from source to target mention,
 * measured from the mention elements, so they follow the text's own direction and lines;
 * redrawn when the text reflows. A relation between mentions in different sentences is
 * marked by a dashed hook with a ↕ on its label, on its mention in the sentence that
 * states it. A label is a button that selects the relation.
 */
export function RelationArcs({ ends, elements }: { ends: readonly RelationEnds[]; elements: RefObject<Map<string, HTMLElement>> }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const doc = useDoc();
  const selected = useTextPick((s) => s.relation);
  const selectRelation = useTextPick((s) => s.selectRelation);
  const box = useRef<HTMLDivElement>(null);
  const [arcs, setArcs] = useState<Arc[]>([]);
  const [reflow, setReflow] = useState(0);

  useEffect(function redrawOnReflow() {
    const element = box.current?.parentElement;
    if (!element) return;
    const observer = new ResizeObserver(() => setReflow((n) => n + 1));
    observer.observe(element);
    void document.fonts?.ready.then(() => setReflow((n) => n + 1));
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(
    function measureArcs() {
      const origin = box.current?.getBoundingClientRect();
      if (!origin) return;
      const placed: { x: number; y: number; w: number }[] = [];
      /** A label's height: labels closer than this on one row would overlap. */
      const LINE = 15;
      const place = (x: number, y: number, text: string) => {
        const w = text.length * 6.2 + 16;
        let at = y;
        for (let tries = 0; tries < 4 && placed.some((p) => Math.abs(p.y - at) < LINE && Math.abs(p.x - x) < (p.w + w) / 2); tries++) at -= LINE;
        placed.push({ x, y: at, w });
        return at;
      };
      const ordered = [...ends].sort((a, b) => Number(a.cross) - Number(b.cross) || Math.abs(a.from.start - a.to.start) - Math.abs(b.from.start - b.to.start));
      const next: Arc[] = [];
      for (const end of ordered) {
        const from = elements.current.get(end.from.key);
        const to = elements.current.get(end.to.key);
        if (!from?.isConnected || !to?.isConnected) continue;
        const relation = doc.relations.find((r) => r.id === end.relation);
        const type = doc.relationTypes.find((x) => x.id === relation?.type);
        const color = categoryColor(type?.category ?? '', type ? doc.relationTypes.indexOf(type) : 0, doc.categories?.find((c) => c.id === type?.category)?.color);
        const text = type?.label[lang] ?? relation?.type ?? '';
        if (end.cross) {
          // Across sentences: a short dashed hook on the mention in the sentence that states it.
          const here = anchor(end.to.sentence === end.sentence && end.from.sentence !== end.sentence ? to : from, origin);
          const y = place(here.x, here.y - RISE - 8, `↕ ${text}`);
          next.push({ relation: end.relation, path: `M ${here.x} ${here.y} L ${here.x} ${y}`, head: '', x: here.x, y, color, cross: true });
          continue;
        }
        const a = anchor(from, origin);
        const b = anchor(to, origin);
        const rise = Math.min(a.y, b.y) - RISE;
        // The curve's middle is a cubic's point at t = 1/2: (a + 6 top + b) / 8.
        const y = place((a.x + b.x) / 2, (a.y + 6 * rise + b.y) / 8, text);
        const top = (8 * y - a.y - b.y) / 6;
        next.push({
          relation: end.relation,
          path: `M ${a.x} ${a.y} C ${a.x} ${top} ${b.x} ${top} ${b.x} ${b.y - 2}`,
          head: `M ${b.x - 4} ${b.y - 8} L ${b.x + 4} ${b.y - 8} L ${b.x} ${b.y - 1} Z`,
          x: (a.x + b.x) / 2,
          y,
          color,
          cross: false,
        });
      }
      setArcs(next);
    },
    [ends, elements, doc, lang, reflow],
  );

  const relations = new Map(doc.relations.map((r) => [r.id, r]));
  return (
    <div className="ann-arcs" ref={box} role="group" aria-label={t('ann.arcs')}>
      <svg className="ann-arcs__svg" aria-hidden="true">
        {arcs.map((arc) => (
          <g key={arc.relation} className={`ann-arc${arc.cross ? ' ann-arc--cross' : ''}${arc.relation === selected ? ' ann-arc--selected' : ''}`} style={{ color: arc.color }}>
            <path className="ann-arc__line" d={arc.path} onClick={() => selectRelation(arc.relation)} />
            {arc.head && <path className="ann-arc__head" d={arc.head} />}
          </g>
        ))}
      </svg>
      {arcs.map((arc) => {
        const r = relations.get(arc.relation);
        if (!r) return null;
        const typeLabel = doc.relationTypes.find((x) => x.id === r.type)?.label[lang] ?? r.type;
        const relation = relationSentence(doc, r, lang);
        return (
          <button
            key={arc.relation}
            type="button"
            tabIndex={-1}
            className={`ann-arc__label${arc.relation === selected ? ' ann-arc__label--selected' : ''}`}
            style={{ left: arc.x, top: arc.y, borderColor: arc.color }}
            aria-pressed={arc.relation === selected}
            aria-label={t(arc.cross ? 'ann.arcCrossName' : 'ann.arcName', { type: typeLabel, relation })}
            onClick={() => selectRelation(arc.relation)}
            onMouseDown={(event) => {
              // Dragged onto a name, the label attributes the relation to it (the text takes the release).
              if (event.button !== 0) return;
              useTextPick.getState().dragAttribution(arc.relation);
              window.addEventListener('mouseup', () => useTextPick.getState().dragAttribution(null), { once: true });
            }}
          >
            {arc.cross && <span aria-hidden="true">↕ </span>}
            {typeLabel}
          </button>
        );
      })}
    </div>
  );
}
