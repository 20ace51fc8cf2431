import { compileDraft, type CompileResult } from '../../domain/annotation/compile';
import { useOpenDoc } from './doc-hooks';
import { useAfterPaint } from './use-after-paint';

/**
 * The open draft compiled: the graph that is exported, and what still stops it from
 * validating (the compiler also runs the contract's validator and reports at document
 * paths). Once per document: the explorer's preview reads the same compile through its
 * own query. Compiled after the frame that shows a step, so the step does not wait for it.
 */
export function useDraftCompile(): CompileResult | null {
  const doc = useAfterPaint(useOpenDoc());
  return doc ? compileDraft(doc) : null;
}
