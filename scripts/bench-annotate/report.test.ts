import { describe, expect, it } from 'vitest';
import { median, reportMarkdown, reportTable, type Report, type StrategyResult } from './report.ts';

const run = (name: string, latency: number[]): StrategyResult => ({
  name,
  entity: { actions: 24, items: 4 },
  mention: { actions: 10, items: 4 },
  relation: { actions: 0, items: 0 },
  seconds: 12.34,
  latency,
  commit: latency.map((x) => x / 2),
  log: [],
});

const report: Report = {
  date: '2026-12-07',
  command: 'npm run bench:annotate',
  fixture: { sentences: 10, entities: 12, mentions: 36, relations: 12 },
  largeEntities: 1000,
  lang: 'en',
  machine: { cores: 2, load: [3.14, 9] },
  strategies: [{ ...run('dialogs, mouse', [300, 100, 200]), label: { actions: 4, items: 2, pointing: 3 } }, run('dialogs, keyboard', [])],
};

describe('the annotation report', () => {
  it('takes the median of odd and even counts of samples', () => {
    expect(median([300, 100, 200])).toBe(200);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('has the issue\'s rows and a column per strategy', () => {
    expect(reportTable(report).split('\n')).toEqual([
      '| | dialogs, mouse | dialogs, keyboard |',
      '|---|---:|---:|',
      '| actions per new entity | 6.0 | 6.0 |',
      '| actions per further mention | 2.5 | 2.5 |',
      '| actions per relation | – | – |',
      '| actions per entity labelled afterwards in its panel (English label; Arabic where not the words) | 2.0 | – |',
      '| actions for the whole article (every row above) | 38 | 34 |',
      '| of which key presses moving the caret or the focus (arrows, Home/End, Tab, N, F, T) | 3 | 0 |',
      '| seconds for the whole article (scripted) | 12.3 | 12.3 |',
      '| step latency on a 1,000-entity document, ms | 200 (100–300, n=3) | not measured |',
    ]);
    const markdown = reportMarkdown(report);
    expect(markdown).toContain('12 entities, 36 mentions (24 further mentions) and 12 relations');
    expect(markdown).toContain('with the interface in English');
    expect(reportMarkdown({ ...report, lang: 'ar' })).toContain('with the interface in Arabic');
    expect(markdown).toContain('dialogs, mouse: 100 ms; dialogs, keyboard: not measured');
    expect(markdown).toContain('2 cores shared with other work, 1-minute load average 3.1 at the start, 9.0 at the end');
  });
});
