import { useState } from 'react';
import { sceneVisibility } from '../../domain/scene';
import { useGraphIndex, useScene, useT, useVisibility } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { useGraphHandleRef } from '../../shared/graph-handle';
import type { ExportFormat } from './formats';
import type { ExportScope } from './scope';

export interface ExportOptions {
  scope: ExportScope;
  scale: number;
  transparent: boolean;
  /** PNG and SVG for publication rather than the exact view. */
  publication: boolean;
}

export type ExportStatus = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; files: string[] } | { kind: 'failed'; reason: string };

/** Runs one export with the store's filters and language; the writers load on first use. */
export function useExportRunner() {
  const t = useT();
  const index = useGraphIndex();
  const filtered = useVisibility(index);
  const scene = useScene(index);
  // The view scope holds what the canvas shows: for part of a large graph, that part.
  const visibility = filtered && scene ? sceneVisibility(scene, filtered) : filtered;
  const note = index && scene && visibility && index.graph.nodes.length > visibility.nodes.size && scene.kind === 'members'
    ? t('scene.exportPart', { nodes: visibility.nodes.size, total: index.graph.nodes.length })
    : null;
  const lang = useAppStore((s) => s.lang);
  const handle = useGraphHandleRef();
  const [status, setStatus] = useState<ExportStatus>({ kind: 'idle' });

  const run = async (format: ExportFormat, options: ExportOptions): Promise<boolean> => {
    if (!index || !visibility || status.kind === 'busy') return false;
    setStatus({ kind: 'busy' });
    try {
      const { runExport } = await import('./run-export');
      const files = await runExport({
        format,
        scope: options.scope,
        index,
        visibility,
        lang,
        t,
        handle: handle.current,
        png: { scale: options.scale, transparent: options.transparent, publication: options.publication },
      });
      setStatus({ kind: 'done', files });
      return true;
    } catch (error) {
      setStatus({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
      return false;
    }
  };

  /** The largest PNG scale the canvas allows, per scope; read when the menu opens. */
  const maxScales = (): Record<ExportScope, number> => {
    const h = handle.current;
    if (!h) return { view: 4, full: 4 };
    return { view: h.maxPngScale(true), full: h.unfiltered(() => h.maxPngScale(true)) };
  };

  /** Forget the last outcome, so a reopened menu does not show an old error. */
  const reset = () => setStatus({ kind: 'idle' });

  return { run, status, maxScales, reset, note };
}
