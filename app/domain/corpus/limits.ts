/** Corpus size caps, apart from the schema so that the page can check them without loading zod. */

/** Corpora larger than this are refused before they are parsed. */
export const MAX_CORPUS_CHARS = 10 * 1024 * 1024;
export const MAX_CORPUS_ARTICLES = 500;
