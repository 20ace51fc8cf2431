import { describe, expect, it } from 'vitest';
import type { GraphIndex } from '../../domain/graph-index';
import { DIM_REST_MAX_NODES, dimsRest, isLargeGraph } from './thresholds';

const withNodes = (n: number) => ({ graph: { nodes: Array.from({ length: n }, (_, i) => ({ id: `n${i}` })) } }) as unknown as GraphIndex;

describe('canvas thresholds', () => {
  it('dims the rest on selection for the article-sized graphs only, not for a 1,000-node graph', () => {
    expect(dimsRest(withNodes(58))).toBe(true);
    expect(dimsRest(withNodes(DIM_REST_MAX_NODES))).toBe(true);
    expect(dimsRest(withNodes(DIM_REST_MAX_NODES + 1))).toBe(false);
    expect(dimsRest(withNodes(1000))).toBe(false);
    // A 1,000-node graph is still drawn with its labels and dimming-free emphasis, not as a large graph.
    expect(isLargeGraph(withNodes(1000))).toBe(false);
  });
});
