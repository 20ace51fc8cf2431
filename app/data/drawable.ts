import type { Graph } from '../domain/schema';

/**
 * What drawing a graph relies on, checked in one pass without zod: the lists are there,
 * every element has the strings the canvas and panels read, ids are unique and every
 * edge's ends and types exist. The bundled graph is drawn before its full validation
 * (which follows in the worker after the first frame); a bundled file that fails even
 * this goes straight to the full validation, so its problems are shown, not a crash.
 */
export function isDrawable(data: unknown): data is Graph {
  if (!isObject(data) || !isObject(data.article) || !isBilingual(data.article.title)) return false;
  const { nodes, edges, nodeTypes, relationTypes } = data;
  const sentences = data.article.sentences;
  if (![nodes, edges, nodeTypes, relationTypes, sentences].every(Array.isArray)) return false;
  const typed = (items: unknown[]) => items.every((t) => isObject(t) && typeof t.id === 'string' && isBilingual(t.label));
  if (!typed(nodeTypes as unknown[]) || !typed(relationTypes as unknown[])) return false;
  if (!(sentences as unknown[]).every((s) => isObject(s) && typeof s.id === 'string' && typeof s.text === 'string')) return false;
  const nodeIds = new Set<string>();
  for (const node of nodes as unknown[]) {
    if (!isObject(node) || typeof node.id !== 'string' || typeof node.type !== 'string' || !isBilingual(node.label) || nodeIds.has(node.id)) return false;
    nodeIds.add(node.id);
  }
  const relationIds = new Set((relationTypes as { id: string }[]).map((r) => r.id));
  const edgeIds = new Set<string>();
  for (const edge of edges as unknown[]) {
    if (!isObject(edge) || typeof edge.id !== 'string' || edgeIds.has(edge.id) || !Array.isArray(edge.evidence)) return false;
    if (!nodeIds.has(edge.source as string) || !nodeIds.has(edge.target as string) || !relationIds.has(edge.type as string)) return false;
    edgeIds.add(edge.id);
  }
  return true;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isBilingual(value: unknown): boolean {
  return isObject(value) && typeof value.ar === 'string' && typeof value.en === 'string';
}
