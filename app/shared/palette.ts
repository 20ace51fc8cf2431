/**
 * Colours and shapes of the graph, shared by the canvas, legend, filters and exports.
 * Category colours are chosen to stay apart for common colour-vision deficiencies and
 * to hold 3:1 contrast as lines on both themes' canvases.
 */
export const CATEGORY_COLORS: Record<string, string> = {
  alliance: '#1b7f5a',
  military: '#b5420a',
  negotiation: '#6d4fc2',
  conflict: '#c81d3c',
  diplomacy: '#1f6fb5',
  economy: '#8a6a00',
  stance: '#c0388f',
  leadership: '#4d5b6b',
  location: '#2b8a99',
};
const FALLBACK_CATEGORY_COLORS = ['#7a5c3e', '#3d7a3d', '#7a3d6e', '#3d5f7a', '#8a4b2b'];

/** A category's colour: its own `color` when it has one, else the palette's. */
export function categoryColor(category: string, order = 0, own?: string): string {
  return own ?? CATEGORY_COLORS[category] ?? FALLBACK_CATEGORY_COLORS[Math.abs(order) % FALLBACK_CATEGORY_COLORS.length] ?? '#666666';
}

export type NodeShape = 'ellipse' | 'round-rectangle' | 'diamond' | 'round-triangle' | 'hexagon' | 'round-tag' | 'star' | 'barrel' | 'vee' | 'octagon' | 'rhomboid';

export const NODE_STYLES: Record<string, { color: string; shape: NodeShape }> = {
  person: { color: '#2f6fdf', shape: 'ellipse' },
  country: { color: '#d04a4a', shape: 'round-rectangle' },
  'armed-force': { color: '#8c4a1c', shape: 'diamond' },
  group: { color: '#a0692b', shape: 'octagon' },
  place: { color: '#25905f', shape: 'round-triangle' },
  city: { color: '#2b8a99', shape: 'round-triangle' },
  river: { color: '#1f6fb5', shape: 'round-triangle' },
  bloc: { color: '#9b3fb5', shape: 'hexagon' },
  organisation: { color: '#9b3fb5', shape: 'hexagon' },
  plan: { color: '#c47d00', shape: 'round-tag' },
  condition: { color: '#6b57d6', shape: 'rhomboid' },
  event: { color: '#d0388a', shape: 'star' },
  meeting: { color: '#b5420a', shape: 'star' },
  agreement: { color: '#5b6b2f', shape: 'round-tag' },
  technology: { color: '#4f6475', shape: 'barrel' },
  concept: { color: '#168a8a', shape: 'vee' },
};
const FALLBACK_NODE_COLORS = ['#6b6b6b', '#7a5c3e', '#3d7a3d', '#7a3d6e', '#3d5f7a'];

/** An entity type's colour and shape: its own `color` when it has one, the shape always the palette's. */
export function nodeStyle(type: string, order = 0, own?: string): { color: string; shape: NodeShape } {
  const style: { color: string; shape: NodeShape } = NODE_STYLES[type] ?? { color: FALLBACK_NODE_COLORS[Math.abs(order) % FALLBACK_NODE_COLORS.length] ?? '#6b6b6b', shape: 'ellipse' };
  return own === undefined ? style : { color: own, shape: style.shape };
}

export const LABEL_FONT_FAMILY = '"Noto Sans Arabic", sans-serif';

/** Bidi-isolate a label so the canvas draws it in the right order (see field notes). */
export function isolateLabel(text: string, rtl: boolean): string {
  return `${rtl ? '\u2067' : '\u2068'}${text}\u2069`;
}

/** Community colours (meta-nodes, "colour by community"): distinct hues, dark enough for white borders on both themes. */
export const COMMUNITY_COLORS = ['#1f6fb5', '#c81d3c', '#1b7f5a', '#b5420a', '#6d4fc2', '#8a6a00', '#c0388f', '#2b8a99', '#5b6b2f', '#7a3d6e', '#3d5f7a', '#a0692b'];

export function communityColor(community: number): string {
  return COMMUNITY_COLORS[Math.abs(community) % COMMUNITY_COLORS.length] ?? '#666666';
}
