import type { Core, StylesheetJson } from 'cytoscape';
import { LABEL_FONT_FAMILY } from '../../shared/palette';
import { CANVAS_CLASS as C, HOVER_CLASS, LABEL_PLACE_CLASS, LABEL_WAIT_CLASS, META_CLASS, META_EDGE_CLASS, ZOOM_LABEL_CLASS } from './canvas-classes';
import { styleRule } from './style-rule';

export interface CanvasTheme {
  dark: boolean;
}

export const CANVAS_COLORS = {
  light: { background: '#ffffff', text: '#1d232b', halo: '#ffffff', selected: '#111111', dim: 0.14 },
  dark: { background: '#151a21', text: '#e8edf3', halo: '#151a21', selected: '#ffd54a', dim: 0.18 },
} as const;

/** The smallest on-screen size, in px, at which a community's label is drawn. */
export const META_LABEL_MIN_PX = 9;

/** The theme each Cytoscape instance's stylesheet was last built for. */
export const themeOf = new WeakMap<Core, boolean>();

/** The canvas stylesheet. Classes carry the app's state; data carries colour and shape. */
export function cyStyle(theme: CanvasTheme, largeGraph: boolean): StylesheetJson {
  const c = theme.dark ? CANVAS_COLORS.dark : CANVAS_COLORS.light;
  return [
    // Entities and relations; a community's node and link (data `meta`) have rules of their
    // own with only what they draw: each property an element takes costs the first frame.
    styleRule('node[!meta]', {
      'background-color': 'data(color)',
      shape: 'data(shape)',
      width: largeGraph ? 10 : 'data(size)',
      height: largeGraph ? 10 : 'data(size)',
      'border-width': 2,
      'border-color': c.background,
      // Measuring thousands of labels costs seconds, so on large graphs only the nodes
      // in view get a label once zoomed in (class zoom-label), plus the selection.
      label: largeGraph ? '' : 'data(label)',
      'font-family': LABEL_FONT_FAMILY,
      'font-size': largeGraph ? 12 : 'data(labelPx)',
      'text-metrics': 'glyph',
      color: c.text,
      'text-valign': 'bottom',
      'text-halign': 'center',
      'text-margin-y': 5,
      'text-wrap': 'wrap',
      'text-max-width': largeGraph ? '130px' : 'data(labelWidth)',
      'text-outline-color': c.halo,
      'text-outline-width': 3,
      'text-outline-opacity': 0.9,
      'min-zoomed-font-size': largeGraph ? 10 : 0,
      'overlay-padding': 6,
      'transition-property': 'opacity',
      'transition-duration': 0,
    }),
    styleRule('edge[!meta]', {
      // A relation stated by more articles of a corpus is drawn wider.
      width: largeGraph ? 1 : 'mapData(articles, 1, 5, 2.2, 8)',
      'line-color': 'data(color)',
      'target-arrow-color': 'data(color)',
      'curve-style': largeGraph ? 'haystack' : 'bezier',
      'control-point-step-size': 36,
      'arrow-scale': 1.1,
      opacity: 0.85,
      'font-family': LABEL_FONT_FAMILY,
      'font-size': largeGraph ? 12 : 'data(labelPx)',
      'text-metrics': 'glyph',
      color: c.text,
      'text-outline-color': c.halo,
      'text-outline-width': 3,
      'text-rotation': 'autorotate',
      'overlay-padding': 8,
    }),
    styleRule('edge.directed', { 'target-arrow-shape': largeGraph ? 'none' : 'triangle' }),
    styleRule('edge.undirected', { 'line-style': 'dashed', 'line-dash-pattern': [7, 4] }),
    // Implied by the text, not stated: dotted, so it never reads as one of the article's statements.
    styleRule('edge.inferred', { 'line-style': 'dotted' }),
    // "Size by" and "colour by community" (use-project-encoding.ts).
    styleRule('node[encSize]', { width: 'data(encSize)', height: 'data(encSize)' }),
    styleRule('node[encColor]', { 'background-color': 'data(encColor)' }),
    styleRule(`node.${ZOOM_LABEL_CLASS}, node.${C.highlighted}, node.${C.searchHit}, node.${C.onPath}`, { label: 'data(label)' }),
    styleRule(`.${C.hidden}`, { display: 'none' }),
    styleRule(`.${C.faded}`, { opacity: 0.25 }),
    styleRule(`.${C.dimmed}`, { opacity: c.dim, 'text-opacity': 0.35 }),
    styleRule(`edge.${C.dimmed}`, { opacity: c.dim * 0.8 }),
    // A less central label waits for the zoom that gives it room (label-plan.ts); it stays
    // laid out, only transparent, so the plan can measure it without redrawing it.
    styleRule(`node.${LABEL_WAIT_CLASS}`, { 'text-opacity': 0 }),
    styleRule(`node.${LABEL_PLACE_CLASS.above}`, { 'text-valign': 'top', 'text-margin-y': -5 }),
    styleRule(`node.${LABEL_PLACE_CLASS.right}`, { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-y': 0, 'text-margin-x': 5 }),
    styleRule(`node.${LABEL_PLACE_CLASS.left}`, { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-y': 0, 'text-margin-x': -5 }),
    styleRule(`node.${LABEL_WAIT_CLASS}.${ZOOM_LABEL_CLASS}, node.${LABEL_WAIT_CLASS}.${C.searchHit}, node.${LABEL_WAIT_CLASS}.${C.onPath}`, { 'text-opacity': 1 }),
    styleRule(`node.${C.highlighted}`, { opacity: 1, 'text-opacity': 1, 'z-index': 20 }),
    styleRule(`edge.${C.highlighted}`, { opacity: 1, width: largeGraph ? 2 : 3.2, 'z-index': 20 }),
    // Relation labels show for what the reader is looking at, not all at once.
    styleRule(`edge.${C.edgeLabel}`, { label: 'data(label)' }),
    styleRule(`edge.${HOVER_CLASS}`, { label: 'data(label)', opacity: 1, 'z-index': 50 }),
    styleRule(`node.${HOVER_CLASS}`, { label: 'data(label)', 'text-opacity': 1, 'z-index': 50 }),
    styleRule(`node.${C.searchHit}`, { 'border-color': '#f2b705', 'border-width': 5 }),
    styleRule(`node.${C.onPath}`, { 'border-color': c.selected, 'border-width': 4, opacity: 1 }),
    styleRule(`edge.${C.onPath}`, { width: 5, opacity: 1, label: 'data(label)', 'z-index': 30 }),
    // A community drawn as one node: sized by members, labelled by its most central ones.
    styleRule(`node.${META_CLASS}`, {
      'background-color': 'data(color)',
      'background-opacity': 0.8,
      shape: 'ellipse',
      width: 'data(diameter)',
      height: 'data(diameter)',
      'border-width': 3,
      'border-color': c.background,
      label: 'data(label)',
      'font-family': LABEL_FONT_FAMILY,
      'font-size': 'data(fontSize)',
      'text-metrics': 'glyph',
      color: c.text,
      'text-valign': 'center',
      'text-halign': 'center',
      'text-margin-y': 5,
      'text-wrap': 'wrap',
      'text-max-width': '400px',
      'text-outline-color': c.halo,
      'text-outline-width': 3,
      'text-outline-opacity': 0.9,
      // Drawn once a reader can read it: at the whole overview's zoom a label is a few
      // pixels high, a smudge that costs its drawing (the communities list names them all).
      'min-zoomed-font-size': META_LABEL_MIN_PX,
      'overlay-padding': 6,
    }),
    styleRule(`edge.${META_EDGE_CLASS}`, {
      width: 'data(width)',
      'line-color': theme.dark ? '#7d8b9c' : '#8794a3',
      'curve-style': 'haystack',
      opacity: 0.45,
      'overlay-padding': 8,
    }),
    styleRule(`node.${C.selected}`, { 'border-color': c.selected, 'border-width': 4, 'z-index': 40, opacity: 1, label: 'data(label)', 'text-opacity': 1, 'font-weight': 700 }),
    styleRule(`edge.${C.selected}`, { width: 5, opacity: 1, label: 'data(label)', 'z-index': 40, 'underlay-color': c.selected, 'underlay-opacity': 0.25, 'underlay-padding': 4 }),
  ];
}
