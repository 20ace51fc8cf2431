/// <reference lib="webworker" />
import { analyseGraph, type AnalysisInput } from '../domain/analysis';

/** Communities and centrality off the main thread: Louvain and betweenness take seconds on large graphs. */
self.onmessage = (event: MessageEvent<AnalysisInput>) => {
  self.postMessage(analyseGraph(event.data));
};
