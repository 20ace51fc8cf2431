import { describe, expect, it } from 'vitest';
import { indexGraph } from './graph-index';
import { degreeCentrality, fitBox, labelPriority, placeLabels, revealBox, separateDiscs } from './label-priority';
import { hopLevels, ringLayout } from './local-layout';
import { smallGraph } from '../test/fixtures';

const frame = { width: 400, height: 300, insets: { top: 0, right: 0, bottom: 100, left: 0 }, minZoom: 0.01, maxZoom: 5 };

describe('labelPriority', () => {
  it('orders by the centrality given, ties by id, whatever the input order', () => {
    const c = new Map([['a', 1], ['b', 5], ['c', 5], ['d', 0]]);
    expect(labelPriority(['d', 'c', 'a', 'b'], c)).toEqual(['b', 'c', 'a', 'd']);
    // A different centrality (betweenness, say) changes the order.
    expect(labelPriority(['a', 'b', 'c', 'd'], new Map([['d', 9]]))[0]).toBe('d');
  });
  it('uses degree by default', () => {
    const index = indexGraph(smallGraph());
    const degree = degreeCentrality(index);
    const first = labelPriority(index.graph.nodes.map((n) => n.id), degree)[0]!;
    expect(degree.get(first)).toBe(Math.max(...degree.values()));
  });
});

describe('placeLabels', () => {
  it('places the more central label first and tries the next place for the other', () => {
    const box = (x: number, y: number) => ({ x1: x, y1: y, x2: x + 10, y2: y + 10 });
    const shown = placeLabels([
      { id: 'hub', boxes: [box(0, 0)] },
      { id: 'second', boxes: [box(5, 5), box(20, 0)] },
      { id: 'third', boxes: [box(2, 2)] },
    ]);
    expect([...shown]).toEqual([['hub', 0], ['second', 1]]);
  });
});

describe('separateDiscs', () => {
  it('pushes overlapping discs apart and leaves the others where they were', () => {
    const out = separateDiscs([{ id: 'a', x: 0, y: 0, r: 10 }, { id: 'b', x: 5, y: 0, r: 10 }, { id: 'c', x: 100, y: 100, r: 5 }], 4);
    const a = out.get('a')!;
    const b = out.get('b')!;
    expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(24);
    expect(out.get('c')).toEqual({ x: 100, y: 100 });
  });
});

describe('revealBox', () => {
  it('keeps the view when the box is in view, pans just enough otherwise, zooms out when it cannot fit', () => {
    const view = { zoom: 1, pan: { x: 0, y: 0 } };
    expect(revealBox({ x1: 10, y1: 10, x2: 20, y2: 20 }, view, frame)).toEqual(view);
    // Below the free area (the bottom 100 px are covered): panned up by the overshoot only.
    expect(revealBox({ x1: 10, y1: 250, x2: 20, y2: 260 }, view, frame)).toEqual({ zoom: 1, pan: { x: 0, y: -60 } });
    const wide = revealBox({ x1: 0, y1: 0, x2: 800, y2: 10 }, view, frame);
    expect(wide.zoom).toBeCloseTo(0.5);
  });
  it('fitBox centres the box in the free area', () => {
    const v = fitBox({ x1: 0, y1: 0, x2: 100, y2: 100 }, frame);
    expect(v.zoom).toBe(2);
    expect(v.pan).toEqual({ x: 100, y: 0 });
  });
});

describe('ringLayout', () => {
  it('keeps the centre in place and puts each hop on its own ring', () => {
    const index = indexGraph(smallGraph());
    const all = new Set(index.graph.edges.map((e) => e.id));
    const levels = hopLevels(index, 'china', all, 2);
    expect(levels[0]).toEqual(['china']);
    const before = new Map(index.graph.nodes.map((n, i) => [n.id, { x: i * 50, y: i * 30 }]));
    const out = ringLayout(levels, before, { ringGap: 100, minArc: 50 });
    expect(out.get('china')).toEqual(before.get('china'));
    const c = out.get('china')!;
    for (const id of levels[1]!) expect(Math.hypot(out.get(id)!.x - c.x, out.get(id)!.y - c.y)).toBeCloseTo(100);
  });
});
