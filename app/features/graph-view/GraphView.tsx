import { useEffect, useRef } from 'react';
import { indexParts, type GraphIndex } from '../../domain/graph-index';
import { useAnalysis, useDarkMode, useScene, useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { GRAPH_CANVAS_ID } from '../../shared/ids';
import { targetRef } from '../../shared/focus-targets';
import { runStepsWhenIdle } from '../../shared/idle-steps';
import { GraphToolbar } from './GraphToolbar';
import { useCanvasIntents } from './canvas-intents';
import { NOTHING_DRAWN } from './projection';
import { SceneNav } from './SceneNav';
import { isLargeGraph, usesScene } from './thresholds';
import { useProjectClasses, useProjectLabels, useProjectTheme, usePublishHandle } from './use-canvas-projections';
import { useCanvasResize } from './use-canvas-resize';
import { useCyInstance } from './use-cy-instance';
import { useDebugHandle } from './use-debug-handle';
import { useProjectEncoding } from './use-project-encoding';
import { useProjectScene } from './use-project-scene';
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
  const scene = useScene(index);
  const sceneMode = usesScene(index);
  // Every graph's communities and key actors (for size and colour); the scene needs them first.
  const encoded = useAppStore((s) => s.sizeBy !== 'none' || s.colourBy !== 'type');
  const analysis = useAnalysis(sceneMode || encoded ? index : undefined);

  useCanvasIntents(cy, containerRef);
  useEffect(function offerCanvasAsFocusTarget() {
    // The skip link and the arrow keys find the canvas by this name, not by its DOM id.
    return targetRef('graph-canvas')(containerRef.current);
  }, []);
  // Before the classes, so elements the scene adds are in place when they are projected.
  useProjectScene(cy, index, scene, analysis, sceneMode && analysis !== undefined);
  // The parts of the index the first picture did not need are built once it is drawn, in
  // idle time, so the first click, search or list after it finds them ready.
  const drawn = cy !== null && (!sceneMode || (scene !== undefined && analysis !== undefined));
  useEffect(
    function buildRestOfIndexWhenIdle() {
      if (drawn) return runStepsWhenIdle(indexParts(index));
    },
    [drawn, index],
  );
  useProjectEncoding(cy, analysis, scene);
  useCanvasResize(cy, containerRef);
  useZoomLabels(cy, isLargeGraph(index));
  useProjectLabels(cy, index);
  useProjectTheme(cy, index, dark);
  useProjectClasses(cy, index, sceneMode ? (scene ?? NOTHING_DRAWN) : null);
  // After the classes: these read what is on screen.
  useLabelPlan(cy, index, isLargeGraph(index));
  useFocusLayout(cy, index, isLargeGraph(index));
  useRefitOnFilter(cy, index);
  useRevealSelection(cy);
  usePublishHandle(cy, dark);
  // Last, so tests that wait for `window.cy` find an instance already wired and drawn.
  useDebugHandle(cy);

  const nodes = scene?.nodes.size ?? 0;
  const edges = scene?.edges.size ?? 0;
  const total = index.graph.nodes.length;
  const canvasLabel = !sceneMode
    ? t('graph.label', { nodes, edges })
    : scene?.kind === 'overview'
      ? t('scene.overviewLabel', { count: scene.meta.length, nodes: total })
      : t('scene.partLabel', { nodes, edges, total });
  const progressLabel = progress ? t(progress.phase === 'layout' ? 'graph.laidOut' : 'graph.drawing', { nodes: total }) : undefined;
  const finding = sceneMode && !analysis;
  return (
    <div className="graph-view">
      <div
        ref={containerRef}
        id={GRAPH_CANVAS_ID}
        className="graph-canvas"
        role="application"
        aria-roledescription="graph"
        aria-label={canvasLabel}
        tabIndex={0}
        data-testid="graph-canvas"
      />
      <GraphToolbar />
      {sceneMode && scene && analysis && <SceneNav index={index} scene={scene} analysis={analysis} />}
      {finding && (
        <div className="layout-progress" role="status">
          {t('scene.computing', { nodes: total })}
        </div>
      )}
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
