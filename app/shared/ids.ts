/** DOM ids that more than one feature needs. */
export const SEARCH_INPUT_ID = 'entity-search';
