import { MAX_FILE_BYTES } from '../../data/local-files';
import { validateOffThread } from '../../data/validate-off-thread';
import type { Graph } from '../../domain/schema';
import type { Problem } from '../../domain/validate';
import { formatSize } from '../../domain/format-size';

/** An exported graph file, checked like any file the user opens; its text is kept for the merge. */
export async function readGraphFile(file: File): Promise<{ ok: true; graph: Graph; text: string } | { ok: false; problems: Problem[] }> {
  if (file.size > MAX_FILE_BYTES) {
    const params = { size: formatSize(file.size), limit: formatSize(MAX_FILE_BYTES) };
    return { ok: false, problems: [{ path: '$', message: `file is too large (${file.size} bytes)`, code: 'too-large', params }] };
  }
  const bytes = await file.arrayBuffer();
  // Decoded before the bytes are handed (transferred) to the validation worker.
  const text = new TextDecoder().decode(bytes);
  const result = await validateOffThread(bytes);
  return result.ok ? { ok: true, graph: result.graph, text } : { ok: false, problems: result.problems };
}
