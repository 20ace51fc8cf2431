import { describe, expect, it } from 'vitest';
import { CategorySchema, NodeTypeSchema } from '../domain/schema';
import { categoryColor, nodeStyle, NODE_STYLES, CATEGORY_COLORS } from './palette';

describe('own colours', () => {
  it('the contract accepts #rrggbb on entity types and categories and refuses anything else', () => {
    const label = { ar: 'دولة', en: 'Country' };
    expect(NodeTypeSchema.safeParse({ id: 'country', label, color: '#aa3300' }).success).toBe(true);
    expect(NodeTypeSchema.safeParse({ id: 'country', label, color: '#AA3300' }).success).toBe(true);
    expect(NodeTypeSchema.safeParse({ id: 'country', label }).success).toBe(true);
    for (const color of ['red', '#abc', '#aa330', '#aa3300ff', 'aa3300', '#gg3300', ''])
      expect(NodeTypeSchema.safeParse({ id: 'country', label, color }).success, color).toBe(false);
    expect(CategorySchema.safeParse({ id: 'diplomacy', label, color: '#123456' }).success).toBe(true);
    expect(CategorySchema.safeParse({ id: 'diplomacy', label, color: 'blue' }).success).toBe(false);
  });

  it("a type's or category's own colour wins over the palette, and the shape stays the palette's", () => {
    expect(nodeStyle('country', 0, '#123456')).toEqual({ color: '#123456', shape: NODE_STYLES.country?.shape });
    expect(nodeStyle('country')).toEqual(NODE_STYLES.country);
    expect(nodeStyle('unknown-type', 2, '#abcdef')).toEqual({ color: '#abcdef', shape: 'ellipse' });
    expect(categoryColor('diplomacy', 0, '#654321')).toBe('#654321');
    expect(categoryColor('diplomacy')).toBe(CATEGORY_COLORS.diplomacy);
  });
});
