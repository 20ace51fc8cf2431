import { describe, expect, it } from 'vitest';
import { bySentence, DerivedCache, sameFields, StableLists } from './sentence-cache';

interface View {
  key: string;
  start: number;
  name: string;
}

describe('StableLists', () => {
  const lists = (entries: [string, View[]][]) => new Map(entries);

  it('hands back last step’s list for a sentence whose items are all equal, and the new list where one differs', () => {
    const cache = new StableLists<View>();
    const first = cache.update(lists([
      ['s1', [{ key: 'a#0', start: 0, name: 'A' }]],
      ['s2', [{ key: 'b#0', start: 4, name: 'B' }]],
    ]));
    const changed = [{ key: 'b#0', start: 4, name: 'B' }, { key: 'b#1', start: 9, name: 'B' }];
    const second = cache.update(lists([
      ['s1', [{ key: 'a#0', start: 0, name: 'A' }]],
      ['s2', changed],
    ]));
    expect(second.get('s1')).toBe(first.get('s1'));
    expect(second.get('s2')).toBe(changed);
    expect(second.get('s2')).not.toBe(first.get('s2'));
  });

  it('sees a changed field, a changed order and a shorter list as changes', () => {
    const cache = new StableLists<View>();
    const a = { key: 'a#0', start: 0, name: 'A' };
    const b = { key: 'b#0', start: 5, name: 'B' };
    const before = cache.update(lists([['s1', [a, b]]])).get('s1');
    expect(cache.update(lists([['s1', [a, { ...b, name: 'B (Person)' }]]])).get('s1')).not.toBe(before);
    const renamed = cache.update(lists([['s1', [b, a]]])).get('s1');
    expect(renamed).toEqual([b, a]);
    expect(cache.update(lists([['s1', [b]]])).get('s1')).toEqual([b]);
  });

  it('compares with the step just before, leaves out empty lists, and is idempotent', () => {
    const cache = new StableLists<View>();
    const one = [{ key: 'a#0', start: 0, name: 'A' }];
    cache.update(lists([['s1', one]]));
    const emptied = cache.update(lists([['s1', []]]));
    expect(emptied.has('s1')).toBe(false);
    // Gone for a step, the sentence's list is new when it comes back.
    const back = [{ key: 'a#0', start: 0, name: 'A' }];
    expect(cache.update(lists([['s1', back]])).get('s1')).toBe(back);
    expect(cache.update(lists([['s1', [{ key: 'a#0', start: 0, name: 'A' }]]])).get('s1')).toBe(back);
  });
});

describe('sameFields', () => {
  it('compares flat records key by key', () => {
    expect(sameFields({ a: 1, b: 'x' }, { b: 'x', a: 1 })).toBe(true);
    expect(sameFields({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameFields({ a: {} }, { a: {} })).toBe(false);
  });
});

describe('DerivedCache', () => {
  it('computes once per object while its dependencies are the same objects, again when one changes', () => {
    const cache = new DerivedCache<{ id: string }, string[]>();
    let runs = 0;
    const compute = () => {
      runs += 1;
      return ['x'];
    };
    const entity = { id: 'e1' };
    const sentences = [{ id: 's1' }];
    const first = cache.get(entity, [sentences, 'en'], compute);
    expect(cache.get(entity, [sentences, 'en'], compute)).toBe(first);
    expect(runs).toBe(1);
    expect(cache.get(entity, [sentences, 'ar'], compute)).not.toBe(first);
    expect(cache.get(entity, [[...sentences], 'ar'], compute)).toEqual(['x']);
    expect(cache.get({ ...entity }, [sentences, 'ar'], compute)).toEqual(['x']);
    expect(runs).toBe(4);
  });
});

describe('bySentence', () => {
  it('groups items by their sentence in their order', () => {
    const grouped = bySentence([{ sentence: 's2', n: 1 }, { sentence: 's1', n: 2 }, { sentence: 's2', n: 3 }], (x) => x.n);
    expect([...grouped]).toEqual([['s2', [1, 3]], ['s1', [2]]]);
  });
});
