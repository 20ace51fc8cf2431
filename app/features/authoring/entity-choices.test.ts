import { describe, expect, it } from 'vitest';
import type { Entity } from '../../domain/annotation/schema';
import { entityChoices, entitySearchable, searchChoices } from './entity-choices';

const e = (id: string, type: string, ar: string, en: string, sentences: string[], aliases: string[] = []): Entity => ({
  id,
  type,
  label: { ar, en },
  aliases: { ar: aliases },
  mentions: sentences.map((sentence) => ({ sentence, quote: ar })),
});

const entities = [
  e('summit', 'event', 'قمة الطاقة', 'Energy summit', ['s1']),
  e('putin', 'person', 'فلاديمير بوتين', 'Vladimir Putin', ['s1'], ['الرئيس الروسي']),
  e('russia', 'country', 'روسيا', 'Russia', ['s2']),
  e('forces', 'armed-force', 'القوات الروسية', 'Russian forces', ['s2']),
  e('company', 'bloc', 'الشركة الوطنية', 'National company', ['s1']),
];

describe('entityChoices', () => {
  it('offers only entities that can speak for an attribution, those named in the sentence first', () => {
    const { here, elsewhere } = entityChoices({ entities }, { sentence: 's1', speakersOnly: true });
    expect(here.map((x) => x.id)).toEqual(['putin', 'company']);
    expect(elsewhere.map((x) => x.id)).toEqual(['russia']);
  });

  it('keeps a value already chosen even when it does not fit, and offers every entity for an end', () => {
    expect(entityChoices({ entities }, { speakersOnly: true, keep: 'summit' }).elsewhere.map((x) => x.id)).toContain('summit');
    const all = entityChoices({ entities }, { sentence: 's2' });
    expect([...all.here, ...all.elsewhere].map((x) => x.id).sort()).toEqual(entities.map((x) => x.id).sort());
    expect(all.here.map((x) => x.id)).toEqual(['russia', 'forces']);
  });
});

describe('searchChoices', () => {
  const choices = [{ value: '', names: ['Stated by the article'] }, ...entities.map(entitySearchable)];
  const values = (q: string) => searchChoices(choices, q).map((c) => c.value);

  it('finds by label and alias in either language, with the Arabic folding', () => {
    expect(values('بوتين')).toEqual(['putin']);
    expect(values('الرئيس')).toEqual(['putin']); // an alias
    expect(values('رُوسيا')).toEqual(['russia']); // tashkeel folded
    expect(values('روسي')).toEqual(['russia', 'putin', 'forces']); // a name that starts with it, then names (an alias too) that contain it
    expect(values('putin')).toEqual(['putin']);
    expect(values('stated')).toEqual(['']);
    expect(values('قمه')).toEqual(['summit']); // ta marbuta folded
  });

  it('ranks an exact name before a prefix before a substring', () => {
    const names = [
      { value: 'forces', names: ['Russian forces'] },
      { value: 'federation', names: ['Russian Federation'] },
      { value: 'russia', names: ['Russia'] },
      { value: 'anti', names: ['anti-Russia'] },
    ];
    expect(searchChoices(names, 'russia').map((c) => c.value)).toEqual(['russia', 'forces', 'federation', 'anti']);
    expect(searchChoices(names, 'xyz')).toEqual([]);
    expect(searchChoices(names, '').map((c) => c.value)).toEqual(['forces', 'federation', 'russia', 'anti']);
  });
});
