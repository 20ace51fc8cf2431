import { edgeSentence, type GraphIndex } from '../../../domain/graph-index';
import type { Graph } from '../../../domain/schema';
import { selectedEdges, type ExportSelection } from '../scope';

/**
 * The evidence as a W3C Web Annotation collection (JSON-LD, www.w3.org/TR/annotation-model):
 * one Annotation per evidence span, whose target is the article with a TextQuoteSelector
 * and a TextPositionSelector, and whose bodies state the relation in Arabic and English and
 * identify the relation type and its two entities.
 *
 * The article text the selectors count in is the graph's sentences joined by line feeds
 * (`articleText`). The model counts positions in Unicode code points; the graph's offsets
 * are UTF-16 units, so they are converted (an emoji or a supplementary-plane letter before a
 * span shifts it by one per character).
 */

const CONTEXT_CHARS = 32;

/** The text the selectors of the collection point into. */
export function articleText(graph: Graph): string {
  return graph.article.sentences.map((s) => s.text).join('\n');
}

/** Where each sentence starts in `articleText`, in UTF-16 units. */
function sentenceStarts(graph: Graph): Map<string, number> {
  const starts = new Map<string, number>();
  let at = 0;
  for (const s of graph.article.sentences) {
    starts.set(s.id, at);
    at += s.text.length + 1;
  }
  return starts;
}

/** UTF-16 offset -> code-point offset in `text`. */
export function codePointOffset(text: string, utf16: number): number {
  let points = 0;
  for (let i = 0; i < utf16; i++) {
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point: count it once.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < utf16) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i += 1;
    }
    points += 1;
  }
  return points;
}

/** The source IRI of the article: its `source` when that is a web address, else a URN naming the graph. */
export function articleIri(graph: Graph): string {
  const source = graph.article.source.trim();
  return /^https?:\/\/\S+$/.test(source) ? source : `urn:article-graph:${graph.id}:article`;
}

export function writeWebAnnotations(index: GraphIndex, selection: ExportSelection, created = new Date()): string {
  const { graph } = index;
  const text = articleText(graph);
  const starts = sentenceStarts(graph);
  const source = articleIri(graph);
  const base = `urn:article-graph:${graph.id}`;
  const items = selectedEdges(index, selection).flatMap((edge) =>
    edge.evidence.map((evidence, i) => {
      const start = (starts.get(evidence.sentence) ?? 0) + evidence.start;
      const end = (starts.get(evidence.sentence) ?? 0) + evidence.end;
      const relation = index.relationTypeById.get(edge.type);
      return {
        id: `${base}:annotation:${edge.id}:${i + 1}`,
        type: 'Annotation',
        motivation: 'describing',
        created: created.toISOString(),
        body: [
          { type: 'TextualBody', purpose: 'describing', value: edgeSentence(index, edge, 'ar'), format: 'text/plain', language: 'ar', textDirection: 'rtl' },
          { type: 'TextualBody', purpose: 'describing', value: edgeSentence(index, edge, 'en'), format: 'text/plain', language: 'en', textDirection: 'ltr' },
          { type: 'SpecificResource', purpose: 'classifying', source: `${base}:relation-type:${edge.type}`, ...(relation ? { label: relation.label.en } : {}) },
          { type: 'SpecificResource', purpose: 'identifying', source: `${base}:entity:${edge.source}`, role: 'subject' },
          { type: 'SpecificResource', purpose: 'identifying', source: `${base}:entity:${edge.target}`, role: 'object' },
          ...(edge.attributedTo ? [{ type: 'SpecificResource', purpose: 'tagging', source: `${base}:entity:${edge.attributedTo}`, role: 'attributedTo' }] : []),
        ],
        target: {
          type: 'SpecificResource',
          source,
          language: graph.article.lang,
          textDirection: 'rtl',
          selector: [
            {
              type: 'TextQuoteSelector',
              exact: evidence.quote,
              prefix: lastCodePoints(text.slice(0, start), CONTEXT_CHARS),
              suffix: firstCodePoints(text.slice(end), CONTEXT_CHARS),
            },
            { type: 'TextPositionSelector', start: codePointOffset(text, start), end: codePointOffset(text, end) },
          ],
        },
      };
    }),
  );
  const collection = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `${base}:annotations`,
    type: 'AnnotationCollection',
    label: graph.article.title.en,
    total: items.length,
    first: { id: `${base}:annotations:page1`, type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}

function lastCodePoints(text: string, n: number): string {
  return Array.from(text).slice(-n).join('');
}

function firstCodePoints(text: string, n: number): string {
  return Array.from(text).slice(0, n).join('');
}
