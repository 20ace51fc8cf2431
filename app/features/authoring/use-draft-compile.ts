import { useMemo } from 'react';
import type { Problem } from '../../domain/validate';
import { compileAnnotations } from '../../domain/annotation/compile';
import { useOpenDoc } from './doc-hooks';

/**
 * The open draft compiled: the graph that is exported, and what still stops it from
 * validating. The explorer's preview compiles the same document through its own query.
 */
export function useDraftCompile() {
  const doc = useOpenDoc();
  return useMemo(() => {
    if (!doc) return null;
    // The compiler also runs the contract's validator and reports at document paths.
    const { graph, problems, warnings } = compileAnnotations(doc);
    return { graph, problems: problems as Problem[], warnings: warnings as Problem[] };
  }, [doc]);
}
