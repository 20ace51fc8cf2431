import { validateGraph, validateGraphText, type ValidateOptions, type ValidationResult } from '../domain/validate';
import { ImportError } from './import/import-error';
import { importXmlGraph } from './import/import-file';
import type { LoadReason } from './load-error';

export type ReadResult = ValidationResult | { ok: false; problems: []; reason: LoadReason };

/** A graph file's bytes to a validated graph: this app's JSON, or GEXF or GraphML mapped onto the contract. */
export function readGraphFile(buffer: ArrayBuffer, name = 'graph', options: Pick<ValidateOptions, 'onShaped' | 'onParsed'> = {}): ReadResult {
  const text = new TextDecoder().decode(buffer);
  try {
    const imported = importXmlGraph(text, name);
    return imported ? validateGraph(imported, options) : validateGraphText(text, options);
  } catch (error) {
    if (error instanceof ImportError) return { ok: false, problems: [], reason: error.reason };
    throw error;
  }
}
