/**
 * The classes the projection puts on canvas elements, named once: the adapter applies
 * them, the stylesheet draws them, and the export handle lifts them for an unfiltered
 * picture. A class missing here would be applied but never lifted, or styled but never set.
 */
export const CANVAS_CLASS = {
  hidden: 'hidden',
  faded: 'faded',
  selected: 'selected',
  highlighted: 'highlighted',
  dimmed: 'dimmed',
  searchHit: 'search-hit',
  onPath: 'on-path',
  /** Relations whose labels show: those in focus, or those of a selected entity with few. */
  edgeLabel: 'edge-label',
} as const;

export type CanvasClassName = (typeof CANVAS_CLASS)[keyof typeof CANVAS_CLASS];

/** Every class the projection owns. */
export const PROJECTED_CLASSES: readonly CanvasClassName[] = Object.values(CANVAS_CLASS);

/** Not projected from the store: set on a large graph's nodes in view once zoomed in. */
export const ZOOM_LABEL_CLASS = 'zoom-label';

/** Not projected from the store: a label the label plan leaves out at this zoom. */
export const LABEL_WAIT_CLASS = 'label-wait';

/** Not projected from the store: where the label plan puts a label that, below its entity, would cover another. */
export const LABEL_PLACE_CLASS = { above: 'label-above', right: 'label-right', left: 'label-left' } as const;

/** Not projected from the store: the element under the pointer, whose relation label shows. */
export const HOVER_CLASS = 'hover';

/** Not projected from the store: a community drawn as one node, and the weighted edges between communities. */
export const META_CLASS = 'meta';
export const META_EDGE_CLASS = 'meta-edge';
