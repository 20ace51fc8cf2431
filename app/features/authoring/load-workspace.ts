/**
 * The authoring workspace's chunk, loaded on demand. Its modules build zod schemas as
 * they load (the annotation document, the graph contract), so zod's JIT is turned off
 * first (see data/zod-config.ts): otherwise zod probes for eval and the strict CSP
 * reports it. Zod stays out of the page's first script.
 */
export async function loadAuthoringWorkspace() {
  await import('../../data/zod-config');
  return import('./AuthoringWorkspace');
}
