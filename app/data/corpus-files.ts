/**
 * Files the user opened together as a corpus (the corpus file and its graphs), and graphs
 * added to an open corpus (a graph file, or a draft's compiled graph). A File is not
 * application state, so keys and URLs carry a token; unlike a single graph file these are
 * kept, because every merge decision merges the corpus again from them.
 */
const sets = new Map<string, Map<string, string>>();
const added = new Map<string, string>();
let counter = 0;

function nextToken(prefix: string): string {
  counter += 1;
  return `${prefix}${Date.now().toString(36)}${counter}`;
}

/** Register files by name (the name a corpus's `graph` field gives); returns the set's token. */
export function registerCorpusFiles(files: ReadonlyMap<string, string>): string {
  const token = nextToken('c');
  sets.set(token, new Map(files));
  return token;
}

export function corpusFileSet(token: string): ReadonlyMap<string, string> | undefined {
  return sets.get(token);
}

/** Keep the text of a graph added to a corpus; the corpus names it `added:<token>`. */
export function registerAddedGraph(text: string): string {
  const token = nextToken('g');
  added.set(token, text);
  return `added:${token}`;
}

export function addedGraphText(path: string): string | undefined {
  return path.startsWith('added:') ? added.get(path.slice('added:'.length)) : undefined;
}
