import { describe, expect, it } from 'vitest';
import { bodyNumbers } from './sentence-roles';

describe('bodyNumbers', () => {
  it('numbers body sentences from 1 and leaves the title and lede unnumbered', () => {
    const numbers = bodyNumbers([
      { id: 's0', role: 'title' },
      { id: 's1', role: 'lede' },
      { id: 's2', role: 'body' },
      { id: 's9', role: 'body' },
    ]);
    expect([...numbers]).toEqual([
      ['s2', 1],
      ['s9', 2],
    ]);
  });
});
