import type { Css, StylesheetJsonBlock } from 'cytoscape';

type StyleProperty = keyof Css.Node | keyof Css.Edge;
type StyleValue = string | number | readonly number[];

/**
 * One stylesheet block. Cytoscape's typings give each property a narrow union that has
 * no room for some mappers (`data(shape)`), mixed unions or a dash pattern per theme;
 * the values are widened here, once, while property names stay checked (a typo fails to
 * compile), instead of a cast on every block.
 */
export function styleRule(selector: string, style: Partial<Record<StyleProperty, StyleValue>>): StylesheetJsonBlock {
  return { selector, style: style as unknown as Css.Node };
}
