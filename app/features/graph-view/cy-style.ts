import type { Core, StylesheetJson } from 'cytoscape';
import { LABEL_FONT_FAMILY } from '../../shared/palette';

export interface CanvasTheme {
  dark: boolean;
}

export const CANVAS_COLORS = {
  light: { background: '#ffffff', text: '#1d232b', halo: '#ffffff', selected: '#111111', dim: 0.14 },
  dark: { background: '#151a21', text: '#e8edf3', halo: '#151a21', selected: '#ffd54a', dim: 0.18 },
} as const;

/** The theme each Cytoscape instance's stylesheet was last built for. */
export const themeOf = new WeakMap<Core, boolean>();

/** The canvas stylesheet. Classes carry the app's state; data carries colour and shape. */
export function cyStyle(theme: CanvasTheme, largeGraph: boolean): StylesheetJson {
  const c = theme.dark ? CANVAS_COLORS.dark : CANVAS_COLORS.light;
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)',
        shape: 'data(shape)' as never,
        // Hubs are drawn larger, with larger labels: the eye finds the main actors first.
        width: largeGraph ? 10 : 'mapData(degree, 1, 24, 22, 50)',
        height: largeGraph ? 10 : 'mapData(degree, 1, 24, 22, 50)',
        'border-width': 2,
        'border-color': c.background,
        // Measuring thousands of labels costs seconds, so on large graphs only the nodes
        // in view get a label once zoomed in (class zoom-label), plus the selection.
        label: largeGraph ? '' : 'data(label)',
        'font-family': LABEL_FONT_FAMILY,
        'font-size': largeGraph ? 12 : 'mapData(degree, 1, 24, 13, 21)',
        'text-metrics': 'glyph',
        color: c.text,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 5,
        'text-wrap': 'wrap',
        'text-max-width': '130px',
        'text-outline-color': c.halo,
        'text-outline-width': 3,
        'text-outline-opacity': 0.9,
        'min-zoomed-font-size': largeGraph ? 10 : 0,
        'overlay-padding': 6,
        'transition-property': 'opacity',
        'transition-duration': 0,
      } as never,
    },
    {
      selector: 'edge',
      style: {
        width: largeGraph ? 1 : 2.2,
        'line-color': 'data(color)',
        'target-arrow-color': 'data(color)',
        'curve-style': largeGraph ? 'haystack' : 'bezier',
        'control-point-step-size': 36,
        'arrow-scale': 1.1,
        opacity: 0.85,
        'font-family': LABEL_FONT_FAMILY,
        'font-size': 12,
        'text-metrics': 'glyph',
        color: c.text,
        'text-outline-color': c.halo,
        'text-outline-width': 3,
        'text-rotation': 'autorotate',
        'overlay-padding': 8,
      } as never,
    },
    { selector: 'edge.directed', style: { 'target-arrow-shape': largeGraph ? 'none' : 'triangle' } },
    { selector: 'edge.undirected', style: { 'line-style': 'dashed', 'line-dash-pattern': [7, 4] } as never },
    // Implied by the text, not stated: dotted, so it never reads as one of the article's statements.
    { selector: 'edge.inferred', style: { 'line-style': 'dotted' } as never },
    { selector: 'node.zoom-label, node.highlighted, node.search-hit, node.on-path', style: { label: 'data(label)' } },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.25 } },
    { selector: '.dimmed', style: { opacity: c.dim, 'text-opacity': 0.35 } as never },
    { selector: 'edge.dimmed', style: { opacity: c.dim * 0.8 } },
    { selector: 'node.highlighted', style: { opacity: 1, 'text-opacity': 1, 'z-index': 20 } as never },
    { selector: 'edge.highlighted', style: { opacity: 1, width: largeGraph ? 2 : 3.2, label: 'data(label)', 'z-index': 20 } as never },
    { selector: 'node.search-hit', style: { 'border-color': '#f2b705', 'border-width': 5 } },
    { selector: 'node.on-path', style: { 'border-color': c.selected, 'border-width': 4, opacity: 1 } },
    { selector: 'edge.on-path', style: { width: 5, opacity: 1, label: 'data(label)', 'z-index': 30 } as never },
    {
      selector: 'node.selected',
      style: { 'border-color': c.selected, 'border-width': 4, 'z-index': 40, opacity: 1, label: 'data(label)', 'font-weight': 700 } as never,
    },
    { selector: 'edge.selected', style: { width: 5, opacity: 1, label: 'data(label)', 'z-index': 40, 'underlay-color': c.selected, 'underlay-opacity': 0.25, 'underlay-padding': 4 } as never },
  ];
}
