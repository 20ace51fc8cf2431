import { segmentSentence, type Mark, type Segment } from '../../domain/text-segments';

/** A span drawn as one element around its runs: a mention, or a proposed one. */
export interface Wrap {
  key: string;
  kind: 'mention' | 'proposal';
  start: number;
  end: number;
}

export interface WrappedRun<W extends Wrap> {
  wrap: W | null;
  segments: Segment[];
}

/**
 * The sentence's runs (cut at marks, wraps and the selection), grouped under the wrap that
 * covers them: a mention before a proposal, the shorter of two overlapping mentions first.
 * A wrap cut by another one is drawn in pieces, each naming the same entity.
 */
export function wrapRuns<W extends Wrap>(text: string, marks: readonly Mark[], wraps: readonly W[], selection: { start: number; end: number } | null): WrappedRun<W>[] {
  const ordered = [...wraps].sort((a, b) => (a.kind === b.kind ? a.end - a.start - (b.end - b.start) : a.kind === 'mention' ? -1 : 1));
  const cuts: Mark[] = wraps.map((w) => ({ start: w.start, end: w.end, kind: 'evidence', title: '' }));
  const base = segmentSentence(text, marks, selection);
  const points = new Set(cuts.flatMap((c) => [c.start, c.end]));
  const segments: Segment[] = [];
  for (const s of base) {
    let from = s.start;
    for (let i = s.start + 1; i < s.end; i++) {
      if (points.has(i)) {
        segments.push({ ...s, start: from, end: i, text: text.slice(from, i) });
        from = i;
      }
    }
    segments.push(from === s.start ? s : { ...s, start: from, text: text.slice(from, s.end) });
  }
  const out: WrappedRun<W>[] = [];
  for (const seg of segments) {
    const wrap = ordered.find((w) => w.start <= seg.start && w.end >= seg.end) ?? null;
    const last = out[out.length - 1];
    if (last && last.wrap === wrap && wrap !== null) last.segments.push(seg);
    else out.push({ wrap, segments: [seg] });
  }
  return out;
}
