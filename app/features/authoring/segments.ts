/**
 * A sentence cut into runs at every mark boundary, so each run is drawn with the marks
 * that cover it (mentions, evidence, the selection) and never one element per mark:
 * marks overlap freely.
 */

export type MarkKind = 'mention' | 'evidence';
export interface Mark {
  start: number;
  end: number;
  kind: MarkKind;
  /** What the mark stands for, shown as a tooltip: an entity or a relation. */
  title: string;
}
export interface Segment {
  start: number;
  end: number;
  text: string;
  mention: boolean;
  evidence: boolean;
  selected: boolean;
  titles: string[];
}

export function segmentSentence(text: string, marks: readonly Mark[], selection: { start: number; end: number } | null): Segment[] {
  const cuts = new Set([0, text.length]);
  for (const m of marks) {
    cuts.add(Math.max(0, Math.min(text.length, m.start)));
    cuts.add(Math.max(0, Math.min(text.length, m.end)));
  }
  if (selection) {
    cuts.add(selection.start);
    cuts.add(selection.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (end <= start) continue;
    const covering = marks.filter((m) => m.start <= start && m.end >= end);
    out.push({
      start,
      end,
      text: text.slice(start, end),
      mention: covering.some((m) => m.kind === 'mention'),
      evidence: covering.some((m) => m.kind === 'evidence'),
      selected: selection !== null && selection.start <= start && selection.end >= end,
      titles: [...new Set(covering.map((m) => m.title))],
    });
  }
  return out;
}
