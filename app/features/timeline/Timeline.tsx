import { useMemo, useRef, useState, type PointerEvent } from 'react';
import { articleFacts, timelineExtent } from '../../domain/corpus/facts';
import { edgeSentence, type GraphIndex } from '../../domain/graph-index';
import { DAY_MS, parseIsoRange, toIsoDay, type DayRange } from '../../domain/time-range';
import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import './timeline.css';

/**
 * A strip under the canvas: the corpus's articles on their publication dates and the
 * relations on their own dates. Dragging across it (or the two date fields) keeps only the
 * relations evidenced in that range. Time runs in the reading direction, so the strip
 * mirrors in Arabic: every position is an inline-start offset.
 */
export function Timeline({ index }: { index: GraphIndex }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const range = useAppStore((s) => s.timeRange);
  const setRange = useAppStore((s) => s.setTimeRange);
  const facts = articleFacts(index.graph);
  const extent = useMemo(() => padded(timelineExtent(facts)), [facts]);
  // The dated relations and their sentences, built once per graph and language, not on every pointer move of a drag.
  const dated = useMemo(
    () =>
      index.graph.edges.flatMap((edge) => {
        const r = facts.edgeTime.get(edge.id);
        return r ? [{ id: edge.id, r, title: t('timeline.relation', { relation: edgeSentence(index, edge, lang), date: edge.time?.value ?? '' }) }] : [];
      }),
    [index, facts, lang, t],
  );
  const strip = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<{ from: number; to: number } | null>(null);
  if (!extent || !index.graph.articles) return null;
  const span = extent.end - extent.start + DAY_MS;
  const at = (ms: number) => `${((ms - extent.start) / span) * 100}%`;
  const width = (r: DayRange) => `${((r.end - r.start + DAY_MS) / span) * 100}%`;

  const dayAt = (e: PointerEvent) => {
    const box = strip.current?.getBoundingClientRect();
    if (!box) return extent.start;
    let f = (e.clientX - box.left) / box.width;
    if (lang === 'ar') f = 1 - f;
    const ms = extent.start + Math.min(1, Math.max(0, f)) * span;
    return Math.min(extent.end, Math.floor(ms / DAY_MS) * DAY_MS);
  };
  const shown = drag ? { start: Math.min(drag.from, drag.to), end: Math.max(drag.from, drag.to) } : range;

  return (
    <section className="timeline" aria-label={t('timeline.region')}>
      <div
        ref={strip}
        className="timeline__strip"
        role="group"
        aria-label={t('timeline.label')}
        onPointerDown={(e) => {
          if ((e.target as Element).closest('button')) return;
          e.currentTarget.setPointerCapture(e.pointerId);
          const day = dayAt(e);
          setDrag({ from: day, to: day });
        }}
        onPointerMove={(e) => drag && setDrag({ ...drag, to: dayAt(e) })}
        onPointerUp={() => {
          if (drag) setRange({ start: Math.min(drag.from, drag.to), end: Math.max(drag.from, drag.to) });
          setDrag(null);
        }}
        onPointerCancel={() => setDrag(null)}
      >
        {shown && <div className="timeline__range" style={{ insetInlineStart: at(shown.start), width: width(shown) }} aria-hidden="true" />}
        {dated.map(({ id, r, title }) => (
          <span key={id} className="timeline__relation" style={{ insetInlineStart: at(r.start), width: width(r) }} title={title} aria-hidden="true" />
        ))}
        {index.graph.articles.map((a) => {
          const r = facts.published.get(a.id);
          if (!r) return null;
          return (
            <button
              key={a.id}
              type="button"
              className="timeline__article"
              style={{ insetInlineStart: at(r.start) }}
              aria-label={t('timeline.article', { title: a.title[lang], date: a.published })}
              title={t('timeline.article', { title: a.title[lang], date: a.published })}
              onClick={() => setRange(r)}
            />
          );
        })}
        <span className="timeline__tick timeline__tick--start" aria-hidden="true">
          <bdi dir="ltr">{toIsoDay(extent.start)}</bdi>
        </span>
        <span className="timeline__tick timeline__tick--end" aria-hidden="true">
          <bdi dir="ltr">{toIsoDay(extent.end)}</bdi>
        </span>
      </div>
      <div className="timeline__fields">
        <DateField label={t('timeline.from')} value={range?.start} fallback={extent.start} onChange={(start) => setRange({ start, end: Math.max(start, range?.end ?? extent.end) })} />
        <DateField label={t('timeline.to')} value={range?.end} fallback={extent.end} onChange={(end) => setRange({ start: Math.min(end, range?.start ?? extent.start), end })} />
        <button type="button" className="link-button" disabled={!range} onClick={() => setRange(null)}>
          {t('timeline.clear')}
        </button>
        {range && (
          <span role="status" className="muted">
            {t('timeline.showing', { from: isolate(toIsoDay(range.start)), to: isolate(toIsoDay(range.end)) })}
          </span>
        )}
      </div>
    </section>
  );
}

function DateField({ label, value, fallback, onChange }: { label: string; value: number | undefined; fallback: number; onChange: (ms: number) => void }) {
  return (
    <label className="timeline__field">
      {label}{' '}
      <input
        type="date"
        value={toIsoDay(value ?? fallback)}
        onChange={(e) => {
          const r = parseIsoRange(e.target.value);
          if (r) onChange(r.start);
        }}
      />
    </label>
  );
}

/** An ISO date kept left to right inside Arabic text. */
function isolate(date: string): string {
  return `\u2066${date}\u2069`;
}

/** The dates shown: the extent with a day either side, at least a week wide. */
function padded(extent: DayRange | null): DayRange | null {
  if (!extent) return null;
  const start = extent.start - DAY_MS;
  const end = Math.max(extent.end + DAY_MS, start + 7 * DAY_MS);
  return { start, end };
}
