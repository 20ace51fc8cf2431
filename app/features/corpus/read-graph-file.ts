import { validateOffThread } from '../../data/validate-off-thread';
import type { Graph } from '../../domain/schema';
import type { Problem } from '../../domain/validate';

/** An exported graph file, checked like any file the user opens; its text is kept for the merge. */
export async function readGraphFile(file: File): Promise<{ ok: true; graph: Graph; text: string } | { ok: false; problems: Problem[] }> {
  if (file.size > 50 * 1024 * 1024) return { ok: false, problems: [{ path: '$', message: `file is too large (${file.size} bytes)` }] };
  const text = await file.text();
  const result = await validateOffThread(new TextEncoder().encode(text).buffer);
  return result.ok ? { ok: true, graph: result.graph, text } : { ok: false, problems: result.problems };
}
