import { describe, expect, it } from 'vitest';
import { schedule } from './schedule.ts';

const article = { name: 'article', runs: 3 };
const g5k = { name: '5k', file: '/bench-graphs/5k.json', runs: 2 };
const g20k = { name: '20k', file: '/bench-graphs/20k.json', runs: 1 };

describe('the benchmark schedule', () => {
  it('takes every article run before any generated graph, then the generated graphs round by round', () => {
    const order = schedule([article, g5k, g20k]).map((s) => `${s.graph.name}#${s.run}`);
    expect(order).toEqual(['article#0', 'article#1', 'article#2', '5k#0', '20k#0', '5k#1']);
  });

  it('alternates which side goes first within a graph’s runs', () => {
    const article3 = schedule([article]).map((s) => s.baselineFirst);
    expect(article3).toEqual([false, true, false]);
    const both = schedule([g5k, g20k]).filter((s) => s.graph === g5k).map((s) => s.baselineFirst);
    expect(both).toEqual([false, true]);
  });

  it('keeps every run of every graph exactly once', () => {
    const steps = schedule([article, g5k, g20k]);
    expect(steps).toHaveLength(article.runs + g5k.runs + g20k.runs);
    expect(new Set(steps.map((s) => `${s.graph.name}#${s.run}`)).size).toBe(steps.length);
  });
});
