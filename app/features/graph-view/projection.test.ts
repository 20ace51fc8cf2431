import { describe, expect, it } from 'vitest';
import { indexGraph } from '../../domain/graph-index';
import { computeVisibility } from '../../domain/visibility';
import { smallGraph } from '../../test/fixtures';
import { projectCanvas } from './projection';

const index = indexGraph(smallGraph());
const none = { hiddenRelationTypes: new Set<string>(), hiddenNodeTypes: new Set<string>(), attribution: null, focus: null, isolated: 'fade' } as const;
const base = { selection: null, sentence: null, searchHits: [], pathEnds: { from: null, to: null } };

describe('projectCanvas', () => {
  it('hides and fades over the whole graph, or only over the part the canvas holds', () => {
    const visibility = computeVisibility(index, { ...none, hiddenRelationTypes: new Set(['accuses']) });
    const whole = projectCanvas({ index, visibility, ...base });
    const accused = smallGraph().edges.filter((e) => e.type === 'accuses').map((e) => e.id);
    expect(accused.length).toBeGreaterThan(0);
    for (const id of accused) expect(whole.hidden.has(id)).toBe(true);
    expect(whole.faded.size).toBeGreaterThan(0);

    // A scene of one entity and one hidden relation: the rest of the graph is not on the canvas.
    const entity = [...whole.faded][0]!;
    const part = projectCanvas({ index, visibility, ...base, drawn: { nodes: new Set([entity]), edges: new Set([accused[0]!]) } });
    expect([...part.hidden]).toEqual([accused[0]]);
    expect([...part.faded]).toEqual([entity]);
  });

  it('gives the same filter sets, by identity, for another selection over the same filters and part', () => {
    const visibility = computeVisibility(index, none);
    const drawn = { nodes: new Set(['putin', 'china']), edges: new Set<string>() };
    const a = projectCanvas({ index, visibility, ...base, drawn });
    const b = projectCanvas({ index, visibility, ...base, drawn, selection: { kind: 'node', id: 'china' } });
    expect(b.hidden).toBe(a.hidden);
    expect(b.faded).toBe(a.faded);
    const other = projectCanvas({ index, visibility: computeVisibility(index, { ...none, isolated: 'hide' }), ...base, drawn });
    expect(other.hidden).not.toBe(a.hidden);
  });
});
