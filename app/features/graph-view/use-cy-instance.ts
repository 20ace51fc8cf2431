import { useCallback, useEffect, useEffectEvent, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Core } from 'cytoscape';
import type { GraphIndex } from '../../domain/graph-index';
import { useAppStore } from '../../state/store';
import { toCyElements } from './cy-elements';
import { themeOf } from './cy-style';
import { createCore, createCoreInSlices, mountCore, type CoreOptions } from './create-core';
import { orientToPane, placeAt, placeOnSpiral, separateOverlaps, setInitialViewport, type Positions } from './positions';
import { rememberGlobalPositions } from './use-focus-layout';
import { runLayoutInWorker } from './run-layout';
import { isLargeGraph, needsSlicedBuild, usesScene, usesViewportTexture } from './thresholds';
import { updateInPlace } from './update-in-place';
import { markLabelled } from './use-canvas-projections';
import type { Lang } from '../../domain/schema';
import { mark, MARK } from '../../shared/marks';

/** What the canvas is busy with before the graph shows: the worker's layout, or drawing. */
export interface CanvasProgress {
  phase: 'layout' | 'draw';
  fraction: number;
}

function hasStoredPositions(index: GraphIndex): boolean {
  return index.graph.nodes.every((n) => n.position !== undefined);
}

/** Whether the graph needs the worker's layout before it can be drawn. */
function needsLayout(index: GraphIndex): boolean {
  return index.graph.nodes.length > 1 && !hasStoredPositions(index) && !usesScene(index);
}

/**
 * Owns the Cytoscape instance: creates it for a graph (after the worker's layout when
 * the graph has no positions, in slices when it is large) and destroys that instance in
 * the cleanup. Intents, resizing, zoom labels and the debug handle are hooks of their own
 * over the instance this returns.
 */
export function useCyInstance(containerRef: RefObject<HTMLDivElement | null>, latest: GraphIndex, dark: boolean) {
  // The instance with the graph it was made for: in the render where the graph changes, the
  // old instance is destroyed by the cleanup below before the other hooks' effects run, so
  // it must not be handed to them.
  const [made, setMade] = useState<{ core: Core; index: GraphIndex } | null>(null);
  // A draft's versions are one graph being edited: the instance is made from the first
  // one seen and later versions are applied to it in place (positions kept, no layout).
  const draft = useAppStore((s) => (s.source.kind === 'draft' ? s.source.id : null));
  const [created, setCreated] = useState({ draft, index: latest });
  if (created.draft !== draft || (draft === null && created.index !== latest)) setCreated({ draft, index: latest });
  const index = created.draft === draft && draft !== null ? created.index : latest;
  /** The version the instance shows now: the one it was made from, then each applied. */
  const shown = useRef<GraphIndex | null>(null);
  // Progress reported for a graph; a graph with no report yet shows the phase it starts in.
  const [report, setReport] = useState<{ index: GraphIndex; progress: CanvasProgress | null } | null>(null);
  const cancelLayout = useRef<() => void>(() => undefined);
  // The Cancel button's action: stops whichever layout job is running when clicked.
  const cancelLayoutJob = useCallback(() => cancelLayout.current(), []);
  // The theme at creation; later changes restyle the instance without recreating it.
  const themeNow = useEffectEvent(() => dark);

  // A layout effect: the instance, and the projections its hooks apply once it is set,
  // are made in the task that mounts the canvas, so the browser's first frame of the
  // canvas draws the finished picture instead of drawing it twice.
  useLayoutEffect(
    function createInstance() {
      const container = containerRef.current;
      if (!container) return;
      let disposed = false;
      let instance: Core | null = null;
      const progress = (next: CanvasProgress | null) => {
        if (!disposed) setReport({ index, progress: next });
      };
      const scene = usesScene(index);
      const options: CoreOptions = { large: isLargeGraph(index), texture: usesViewportTexture(index), sliced: !scene && needsSlicedBuild(index), dark: themeNow() };

      const show = (core: Core, lang: Lang) => {
        instance = core;
        markLabelled(core, index, lang);
        shown.current = index;
        themeOf.set(core, options.dark);
        rememberGlobalPositions(core);
        setInitialViewport(core, options);
        // User Timing marks for the benchmark and the browser's performance panel.
        performance.mark('age:canvas-created');
        requestAnimationFrame(() => performance.mark('age:canvas-frame'));
        setMade({ core, index });
        progress(null);
      };

      const mount = (positions?: Positions) => {
        if (disposed) return;
        const lang = useAppStore.getState().lang;
        const elements = toCyElements(index, lang);
        if (positions) placeAt(elements, positions);
        else if (!hasStoredPositions(index)) placeOnSpiral(elements);
        if (!options.sliced) {
          orientToPane(elements, container.clientWidth, container.clientHeight);
          separateOverlaps(elements);
        }
        if (!options.sliced) return show(createCore(elements, container, options), lang);
        void createCoreInSlices(elements, options, () => disposed, (fraction) => progress({ phase: 'draw', fraction })).then((core) => {
          if (!core || disposed) return;
          show(mountCore(core, container), lang);
        });
      };

      // Without stored positions the worker lays the graph out first, and Cytoscape is
      // created once, at the final positions: drawing a placeholder arrangement would
      // cost the main thread seconds on a large graph (and the worker its CPU) for a
      // picture that is thrown away.
      let job: ReturnType<typeof runLayoutInWorker> | null = null;
      // A graph above the scene budget starts empty: the scene projection fills it.
      if (scene) show(createCore([], container, options), useAppStore.getState().lang);
      else if (!needsLayout(index)) mount();
      else {
        const { graph } = index;
        job = runLayoutInWorker(
          { nodes: graph.nodes.map((n) => ({ id: n.id })), edges: graph.edges.map((e) => ({ source: e.source, target: e.target })) },
          (fraction) => progress({ phase: 'layout', fraction }),
        );
        cancelLayout.current = job.cancel;
        mark(MARK.layoutStart);
        const afterLayout = (positions?: Positions) => {
          if (disposed) return;
          mark(MARK.layoutDone);
          if (options.sliced) progress({ phase: 'draw', fraction: 0 });
          mount(positions);
        };
        // Cancelled (or the worker failed): show the graph unlaid rather than nothing.
        job.promise.then(afterLayout, () => afterLayout());
      }

      return () => {
        disposed = true;
        job?.cancel();
        cancelLayout.current = () => undefined;
        if (instance) {
          instance.destroy();
          setMade((current) => (current?.core === instance ? null : current));
        }
      };
    },
    [containerRef, index],
  );
  const cy = made && made.index === index && !made.core.destroyed() ? made.core : null;

  useEffect(
    function applyDraftVersion() {
      // `cy` is only ever the live instance made for `index`, so `shown` is that instance's.
      if (!cy || shown.current === latest) return;
      updateInPlace(cy, toCyElements(latest, useAppStore.getState().lang));
      shown.current = latest;
    },
    [cy, latest],
  );

  const progress = report?.index === index ? report.progress : initialProgress(index);
  return { cy, progress, cancelLayout: cancelLayoutJob };
}

/** The phase a graph starts in, before the effect has reported anything for it. */
function initialProgress(index: GraphIndex): CanvasProgress | null {
  if (usesScene(index)) return null;
  if (needsLayout(index)) return { phase: 'layout', fraction: 0 };
  if (needsSlicedBuild(index)) return { phase: 'draw', fraction: 0 };
  return null;
}
