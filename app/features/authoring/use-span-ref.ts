import { spanFromOffsets } from '../../domain/annotation/spans';
import type { SpanRef } from '../../domain/annotation/schema';
import { useOpenDoc } from './doc-hooks';
import { spanRange, useAuthoring } from './store';

/** The selected words as a span reference (quote + occurrence), or null for none or a refused one. */
export function useSpanRef(): SpanRef | null {
  const span = useAuthoring((s) => s.span);
  const text = useOpenDoc()?.sentences.find((x) => x.id === span?.sentence)?.text;
  const range = spanRange(span);
  if (!range || text === undefined) return null;
  const result = spanFromOffsets(text, range.start, range.end, range.sentence);
  return result.ok ? result.span : null;
}
