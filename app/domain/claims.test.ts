import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { claimsByActor } from './claims';
import { indexGraph } from './graph-index';
import type { Graph } from './schema';

const seed = JSON.parse(readFileSync(new URL('../../graph-data/putin-china-visit.graph.json', import.meta.url), 'utf8')) as Graph;
const index = indexGraph(seed);
const of = (actor: string) => claimsByActor(index).find((c) => c.actor === actor)!;

describe('claimsByActor', () => {
  it("lists an actor's conditions once, not again as claims about what they are for", () => {
    const zelensky = of('zelensky');
    expect(zelensky.conditions.map((e) => e.target).sort()).toEqual(
      ['cond-aggression-tribunal', 'cond-prisoner-release', 'cond-russian-troop-withdrawal', 'cond-security-guarantees', 'cond-territorial-integrity'],
    );
    expect(zelensky.claims.map((e) => e.id)).toEqual([]);
    const putin = of('putin');
    expect(putin.conditions.map((e) => e.id)).toEqual(['putin-sets-condition-all-parties']);
    expect(putin.claims.map((e) => e.id)).not.toContain('all-parties-condition-for-negotiations');
  });

  it("keeps every other claim attributed to the actor, and the actor's stances", () => {
    const putin = of('putin');
    expect(putin.claims.map((e) => e.id)).toEqual(expect.arrayContaining(['peace-plan-could-provide-settlement', 'peace-plan-hoped-to-address-security-concerns', 'russia-has-security-concerns']));
    expect(putin.stances.map((e) => e.id)).toEqual(expect.arrayContaining(['putin-accuses-west', 'putin-praises-chinese-peace-plan']));
    expect(of('lavrov').claims).toHaveLength(2);
  });

  it('follows the visible edges', () => {
    const visible = new Set(seed.edges.filter((e) => e.id !== 'peace-plan-could-provide-settlement').map((e) => e.id));
    const putin = claimsByActor(index, visible).find((c) => c.actor === 'putin')!;
    expect(putin.claims.map((e) => e.id)).not.toContain('peace-plan-could-provide-settlement');
  });
});
