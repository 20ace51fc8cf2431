import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import { parse } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { indexGraph } from '../app/domain/graph-index';
import { validateGraphText } from '../app/domain/validate';
import { computeVisibility } from '../app/domain/visibility';
import { selectForExport } from '../app/features/export/scope';
import { writeGraphml } from '../app/features/export/writers/graphml';
import { emptyFilters } from '../app/state/store';

/**
 * The GraphML export of the shipped graph, read back by an independent reader
 * (graphology-graphml on @xmldom/xmldom), as Gephi or NetworkX would read it.
 */
const checked = validateGraphText(readFileSync('graph-data/putin-china-visit.graph.json', 'utf8'));
if (!checked.ok) throw new Error('the seed graph does not validate');
const seed = checked.graph;
const index = indexGraph(seed);

function read(xml: string) {
  return parse(Graph, xml);
}

describe('GraphML of the seed graph, read by graphology-graphml', () => {
  const full = selectForExport(index, 'full', computeVisibility(index, { ...emptyFilters, isolated: 'fade' }));
  const graph = read(writeGraphml(index, full, 'en'));

  it('has every node and edge', () => {
    expect(graph.order).toBe(seed.nodes.length);
    expect(graph.size).toBe(seed.edges.length);
    expect(graph.type).toBe('directed');
    expect(graph.getAttribute('title_ar')).toBe(seed.article.title.ar);
  });

  it('carries every node attribute, typed', () => {
    for (const node of seed.nodes) {
      const attrs = graph.getNodeAttributes(node.id);
      expect(attrs).toMatchObject({ label: node.label.en, label_ar: node.label.ar, label_en: node.label.en, type: node.type, mentions: node.mentions.length });
      if (node.position) expect(attrs).toMatchObject({ x: node.position.x, y: node.position.y });
    }
  });

  it('carries every edge with its relation, evidence and attribution', () => {
    for (const edge of seed.edges) {
      expect(graph.hasEdge(edge.id)).toBe(true);
      expect(graph.source(edge.id)).toBe(edge.source);
      expect(graph.target(edge.id)).toBe(edge.target);
      const relation = index.relationTypeById.get(edge.type)!;
      const attrs = graph.getEdgeAttributes(edge.id);
      expect(attrs).toMatchObject({
        relation: edge.type,
        relation_ar: relation.label.ar,
        relation_en: relation.label.en,
        category: relation.category,
        directed: relation.directed,
        evidence_quote: edge.evidence.map((e) => e.quote).join('\n'),
        evidence_sentence: edge.evidence.map((e) => e.sentence).join('\n'),
      });
      if (edge.attributedTo) expect(attrs.attributed_to).toBe(edge.attributedTo);
      else expect(attrs.attributed_to).toBeUndefined();
    }
  });

  it('leaves out the edges of an unchecked relation type', () => {
    const type = seed.edges[0]!.type;
    const visibility = computeVisibility(index, { ...emptyFilters, isolated: 'fade', hiddenRelationTypes: new Set([type]) });
    const view = read(writeGraphml(index, selectForExport(index, 'view', visibility), 'ar'));
    expect(view.size).toBe(seed.edges.filter((e) => e.type !== type).length);
    expect(view.order).toBe(visibility.nodes.size);
    view.forEachEdge((_id, attrs) => expect(attrs.relation).not.toBe(type));
    expect(view.getNodeAttribute('putin', 'label')).toBe('فلاديمير بوتين');
  });
});
