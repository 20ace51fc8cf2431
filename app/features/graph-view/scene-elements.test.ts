import { describe, expect, it } from 'vitest';
import { linkData } from './scene-elements';

describe('linkData', () => {
  it('draws a link from 1 px (one relation) to 14 px (sixty or more), in proportion between', () => {
    expect(linkData(1)).toEqual({ weight: 1, width: 1 });
    expect(linkData(60)).toEqual({ weight: 60, width: 14 });
    expect(linkData(250).width).toBe(14);
    expect(linkData(30.5).width).toBe(7.5);
    const widths = [1, 2, 5, 10, 20, 40, 59].map((w) => linkData(w).width);
    expect([...widths].sort((a, b) => a - b)).toEqual(widths);
    expect(new Set(widths).size).toBe(widths.length);
  });
});
