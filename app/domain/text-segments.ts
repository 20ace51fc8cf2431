/**
 * A sentence cut into runs at every boundary of the spans drawn on it, so each run is
 * drawn with the spans that cover it and never one element per span: spans overlap
 * freely. The explorer (marked evidence, reports) and the workspace (mentions, evidence,
 * the selection) draw text from the same cut.
 */

interface Range {
  start: number;
  end: number;
}

/** Runs of `text` between consecutive boundaries (0, the end, and every range's edges, clipped to the text). */
function cut(text: string, ranges: readonly Range[]): Range[] {
  const points = new Set([0, text.length]);
  for (const r of ranges) {
    points.add(Math.max(0, Math.min(text.length, r.start)));
    points.add(Math.max(0, Math.min(text.length, r.end)));
  }
  const sorted = [...points].sort((a, b) => a - b);
  const runs: Range[] = [];
  for (let i = 0; i + 1 < sorted.length; i += 1) {
    const start = sorted[i]!;
    const end = sorted[i + 1]!;
    if (end > start) runs.push({ start, end });
  }
  return runs;
}

const covers = (r: Range, run: Range) => r.start <= run.start && r.end >= run.end;

/** Plain and highlighted segments, in order; touching or overlapping ranges make one highlight. */
export function segmentText(text: string, ranges: readonly Range[]): { text: string; mark: boolean }[] {
  const marked = ranges.filter((r) => r.end > r.start);
  const out: { text: string; mark: boolean }[] = [];
  for (const run of cut(text, marked)) {
    const mark = marked.some((r) => covers(r, run));
    const last = out[out.length - 1];
    if (last && last.mark === mark) last.text += text.slice(run.start, run.end);
    else out.push({ text: text.slice(run.start, run.end), mark });
  }
  return out;
}

export type MarkKind = 'mention' | 'evidence';
export interface Mark extends Range {
  kind: MarkKind;
  /** What the mark stands for, shown as a tooltip: an entity or a relation. */
  title: string;
}
export interface Segment extends Range {
  text: string;
  mention: boolean;
  evidence: boolean;
  selected: boolean;
  titles: string[];
}

/** Runs cut at every mark and at the selection's edges (a collapsed selection, the caret, only cuts). */
export function segmentSentence(text: string, marks: readonly Mark[], selection: Range | null): Segment[] {
  return cut(text, selection ? [...marks, selection] : marks).map((run) => {
    const covering = marks.filter((m) => covers(m, run));
    return {
      ...run,
      text: text.slice(run.start, run.end),
      mention: covering.some((m) => m.kind === 'mention'),
      evidence: covering.some((m) => m.kind === 'evidence'),
      selected: selection !== null && covers(selection, run),
      titles: [...new Set(covering.map((m) => m.title))],
    };
  });
}
