import { z } from 'zod';
import { AnnotationDocSchema, type AnnotationDoc } from './annotation/schema';
import { GraphSchema, type Graph } from './schema';

/**
 * The one writer of graph and annotation files. Key order is decided in one place, the
 * order in which the contract's zod schemas declare their fields, so every file written
 * (by `npm run graph:build`, `graph:new`, the layout tool, an export or the workspace)
 * diffs cleanly against the last one, however the object in hand was put together.
 * Keys a schema does not know follow the known ones in their own order: nothing is lost.
 */

/** Pretty-printed with two spaces and a final newline, as the files in graph-data/ are. */
export interface SerializeOptions {
  /** Spaces per level; 0 writes one line (for large generated files). */
  indent?: number;
}

export function serializeGraph(graph: Graph, options: SerializeOptions = {}): string {
  return write(GraphSchema, graph, options);
}

export function serializeAnnotations(doc: AnnotationDoc, options: SerializeOptions = {}): string {
  return write(AnnotationDocSchema, doc, options);
}

function write(schema: z.ZodType, value: unknown, { indent = 2 }: SerializeOptions): string {
  const ordered = inSchemaOrder(schema, value);
  return indent > 0 ? `${JSON.stringify(ordered, null, indent)}\n` : JSON.stringify(ordered);
}

/** `value` rebuilt with every object's keys in the order `schema` declares them. */
export function inSchemaOrder(schema: z.ZodType, value: unknown): unknown {
  const inner = unwrap(schema);
  if (Array.isArray(value)) return inner instanceof z.ZodArray ? value.map((item: unknown) => inSchemaOrder(inner.element as z.ZodType, item)) : value;
  if (value === null || typeof value !== 'object' || !(inner instanceof z.ZodObject)) return value;
  const shape = inner.shape as Record<string, z.ZodType>;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(shape)) if (Object.hasOwn(source, key)) out[key] = inSchemaOrder(field, source[key]);
  for (const key of Object.keys(source)) if (!Object.hasOwn(shape, key)) out[key] = source[key];
  return out;
}

/** The schema under optional, nullable, default and readonly wrappers. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodDefault || current instanceof z.ZodReadonly) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}
