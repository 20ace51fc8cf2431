import { useRef } from 'react';
import type { GraphIndex } from '../../domain/graph-index';
import { useDarkMode, useT, useVisibility } from '../../state/hooks';
import { GRAPH_CANVAS_ID } from '../../shared/ids';
import { GraphToolbar } from './GraphToolbar';
import { useCanvasIntents } from './canvas-intents';
import { isLargeGraph } from './thresholds';
import { useProjectClasses, useProjectLabels, useProjectTheme, usePublishHandle } from './use-canvas-projections';
import { useCanvasResize } from './use-canvas-resize';
import { useCyInstance } from './use-cy-instance';
import { useDebugHandle } from './use-debug-handle';
import { useZoomLabels } from './use-zoom-labels';
import { useFocusLayout } from './use-focus-layout';
import { useLabelPlan } from './use-label-plan';
import { useRefitOnFilter } from './use-refit-on-filter';
import { useRevealSelection } from './use-reveal-selection';

/**
 * The canvas: a thin shell over one Cytoscape instance, calling one hook per concern;
 * store state reaches it as classes, and it sends back only intents.
 */
export function GraphView({ index }: { index: GraphIndex }) {
  const containerRef = useRef<HTMLDivElement>(null);
  const dark = useDarkMode();
  const { cy, progress, cancelLayout } = useCyInstance(containerRef, index, dark);
  const t = useT();
  const visibility = useVisibility(index);

  useCanvasIntents(cy, containerRef);
  useCanvasResize(cy, containerRef);
  useZoomLabels(cy, isLargeGraph(index));
  useProjectLabels(cy, index);
  useProjectTheme(cy, index, dark);
  useProjectClasses(cy, index);
  // After the classes: these read what is on screen.
  useLabelPlan(cy, index, isLargeGraph(index));
  useFocusLayout(cy, index, isLargeGraph(index));
  useRefitOnFilter(cy, index);
  useRevealSelection(cy);
  usePublishHandle(cy, dark);
  // Last, so tests that wait for `window.cy` find an instance already wired and drawn.
  useDebugHandle(cy);

  const nodes = visibility?.nodes.size ?? 0;
  const edges = visibility?.edges.size ?? 0;
  const progressLabel = progress ? t(progress.phase === 'layout' ? 'graph.laidOut' : 'graph.drawing', { nodes: index.graph.nodes.length }) : undefined;
  return (
    <div className="graph-view">
      <div
        ref={containerRef}
        id={GRAPH_CANVAS_ID}
        className="graph-canvas"
        role="application"
        aria-roledescription="graph"
        aria-label={t('graph.label', { nodes, edges })}
        tabIndex={0}
        data-testid="graph-canvas"
      />
      <GraphToolbar />
      {progress && (
        <div className="layout-progress" role="status">
          {/* The live region says what is happening once per phase; the percentage is
              for the eye (and in the progress bar's value), not announced at every step. */}
          <span className="visually-hidden">{progressLabel}</span>
          <span aria-hidden="true">{t(progress.phase === 'layout' ? 'graph.layoutProgress' : 'graph.drawProgress', { percent: Math.round(progress.fraction * 100) })}</span>
          <progress max={1} value={progress.fraction} aria-label={progressLabel} />
          {progress.phase === 'layout' && (
            <button type="button" onClick={cancelLayout}>
              {t('graph.cancelLayout')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
