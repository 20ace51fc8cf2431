import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { smallGraph } from '../test/fixtures';
import { unattributedPositions } from './attribution';
import type { Graph } from './schema';

const seed = JSON.parse(readFileSync(new URL('../../graph-data/putin-china-visit.graph.json', import.meta.url), 'utf8')) as Graph;

function withPosition(graph: Graph, source: string, attributedTo?: string): Graph {
  const g = structuredClone(graph);
  g.relationTypes.push({ id: 'condition-for', label: { ar: 'شرط لـ', en: 'is a condition for' }, category: 'negotiation', directed: true });
  const first = g.edges[0]!;
  g.edges.push({ ...structuredClone(first), id: 'position', source, target: first.target, type: 'condition-for', ...(attributedTo ? { attributedTo } : {}) });
  return g;
}

describe('unattributedPositions', () => {
  it('holds for the article graph: every negotiation relation is its holder\'s or attributed', () => {
    expect(unattributedPositions(seed)).toEqual([]);
  });

  it('attributes the conditions the article reports to the people who set them', () => {
    const attributed = (id: string) => seed.edges.find((e) => e.id === id)?.attributedTo;
    expect(attributed('all-parties-condition-for-negotiations')).toBe('putin');
    for (const c of ['territorial-integrity', 'troop-withdrawal', 'prisoner-release', 'tribunal', 'security-guarantees']) {
      expect(attributed(`${c}-condition-for-negotiations`)).toBe('zelensky');
    }
    expect(attributed('russia-has-security-concerns')).toBe('putin');
  });

  it('reports a position whose source is not an actor and which names no holder, with its path', () => {
    const bad = withPosition(smallGraph(), 'china');
    bad.nodes.find((n) => n.id === 'china')!.type = 'plan';
    expect(unattributedPositions(bad)).toEqual([
      { path: `$.edges[${bad.edges.length - 1}].attributedTo`, message: expect.stringContaining('"position"') },
    ]);
  });

  it('accepts the same position once it is attributed, or while its source is an actor', () => {
    const attributed = withPosition(smallGraph(), 'china', 'putin');
    attributed.nodes.find((n) => n.id === 'china')!.type = 'plan';
    expect(unattributedPositions(attributed)).toEqual([]);
    expect(unattributedPositions(withPosition(smallGraph(), 'china'))).toEqual([]);
  });
});
