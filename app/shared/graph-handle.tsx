import { createContext, useContext, useMemo, useRef, type ReactNode } from 'react';

/**
 * The narrow imperative API of the canvas, published by graph-view and used by other
 * features (export, search, keyboard) without importing cytoscape.
 */
export interface PngOptions {
  scale: number;
  full: boolean;
  background: string | null;
}

export interface SnapshotNode {
  id: string;
  label: string;
  type: string;
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
  shape: string;
  faded: boolean;
}

export interface SnapshotEdge {
  id: string;
  source: string;
  target: string;
  label: string;
  category: string;
  color: string;
  directed: boolean;
  /** Control points of the drawn curve, start to end, in model coordinates. */
  points: { x: number; y: number }[];
}

/** What the canvas shows now, in model coordinates, for vector export. */
export interface GraphSnapshot {
  nodes: SnapshotNode[];
  edges: SnapshotEdge[];
  bounds: { x1: number; y1: number; x2: number; y2: number };
  textColor: string;
  background: string;
  fontSize: number;
}

export interface GraphHandle {
  fit: () => void;
  zoomBy: (factor: number) => void;
  center: (id: string) => void;
  exportPng: (options: PngOptions) => Promise<Blob>;
  /** Largest scale at which a full export stays within the browser's canvas limits. */
  maxPngScale: (full: boolean) => number;
  snapshot: () => GraphSnapshot;
  /**
   * Run a synchronous read of the canvas (snapshot, maxPngScale, exportPng's drawing)
   * as if no filter, selection or highlight applied, then restore the canvas before it
   * repaints: whole-graph exports need the geometry of hidden elements.
   */
  unfiltered: <T>(read: () => T) => T;
}

interface HandleRef {
  current: GraphHandle | null;
}

const GraphHandleContext = createContext<HandleRef | null>(null);

export function GraphHandleProvider({ children }: { children: ReactNode }) {
  const ref = useRef<GraphHandle | null>(null);
  const value = useMemo(() => ref, []);
  return <GraphHandleContext.Provider value={value}>{children}</GraphHandleContext.Provider>;
}

/** The ref the canvas publishes its handle into, and others read it from. */
export function useGraphHandleRef(): HandleRef {
  const ref = useContext(GraphHandleContext);
  if (!ref) throw new Error('useGraphHandleRef needs a GraphHandleProvider');
  return ref;
}
