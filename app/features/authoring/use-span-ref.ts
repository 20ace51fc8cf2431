import { spanFromOffsets } from '../../domain/annotation/spans';
import type { SpanRef } from '../../domain/annotation/schema';
import { spanRange, useAuthoring } from './store';

/** The selected words as a span reference (quote + occurrence), or null for none or a refused one. */
export function useSpanRef(): SpanRef | null {
  const span = useAuthoring((s) => s.span);
  const text = useAuthoring((s) => s.history?.present.sentences.find((x) => x.id === s.span?.sentence)?.text);
  const range = spanRange(span);
  if (!range || text === undefined) return null;
  const result = spanFromOffsets(text, range.start, range.end, range.sentence);
  return result.ok ? result.span : null;
}
