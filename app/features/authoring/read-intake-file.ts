import { parseAnnotationDoc } from '../../domain/annotation/schema';
import { validateGraphText } from '../../domain/validate';
import { decompileGraph, isAnnotationDoc } from '../../domain/annotation/compile';
import { MAX_ARTICLE_BYTES, readArticle } from '../../domain/annotation/intake';
import type { AnnotationDoc, EditError } from '../../domain/annotation/schema';
import type { Refusal } from './messages';

export type IntakeFile = { kind: 'doc'; doc: AnnotationDoc } | { kind: 'text'; text: string; warnings: EditError[] } | { kind: 'refused'; error: Refusal };

/** An annotation document (`<id>.annotations.json`) opens as it is; null for anything else. */
function readAnnotationDoc(text: string): AnnotationDoc | null {
  try {
    const data: unknown = JSON.parse(text);
    if (!isAnnotationDoc(data)) return null;
    const parsed = parseAnnotationDoc(data);
    return parsed.ok ? parsed.doc : null;
  } catch {
    return null;
  }
}

/**
 * A file picked or dropped on the intake: a `.json` is a graph (decompiled) or an
 * annotation document to go on with; anything else is an article. Refusals carry the
 * file's name; a file over the article limit is refused by its size before it is read.
 */
export async function readIntakeFile(file: File): Promise<IntakeFile> {
  if (file.size > MAX_ARTICLE_BYTES) return { kind: 'refused', error: { code: 'too-large', params: { size: file.size, limit: MAX_ARTICLE_BYTES, name: file.name } } };
  const buffer = await file.arrayBuffer();
  if (/\.json$/i.test(file.name)) {
    const text = new TextDecoder().decode(buffer);
    const doc = readAnnotationDoc(text);
    if (doc) return { kind: 'doc', doc };
    const checked = validateGraphText(text);
    if (checked.ok) return { kind: 'doc', doc: decompileGraph(checked.graph) };
    const first = checked.problems[0];
    return { kind: 'refused', error: { code: 'not-a-graph', params: { name: file.name, problem: first ? `${first.path} ${first.message}` : '' } } };
  }
  const read = readArticle(buffer, file.name);
  if (!read.ok) return { kind: 'refused', error: { ...read.error, params: { ...read.error.params, name: file.name } } };
  return { kind: 'text', text: read.text, warnings: read.warnings };
}
