/** DOM ids that more than one feature needs. */
export const SEARCH_INPUT_ID = 'entity-search';
/** The canvas (role application), the list view's entities, the side panel: skip-link targets. */
export const GRAPH_CANVAS_ID = 'graph-canvas';
/** The main landmark, which holds the canvas and the list view alike. */
export const MAIN_ID = 'graph-main';
export const LIST_ENTITIES_ID = 'list-entities-section';
export const SIDE_PANEL_ID = 'side-panel';
