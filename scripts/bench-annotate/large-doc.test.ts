import { describe, expect, it } from 'vitest';
import { compileAnnotations } from '../../app/domain/annotation/compile.ts';
import { parseAnnotationDoc } from '../../app/domain/annotation/schema.ts';
import { locateSpan } from '../../app/domain/annotation/spans.ts';
import { bundledVocabulary, largeDoc } from './large-doc.ts';

describe('the large document of the step-latency row', () => {
  it('holds the asked number of entities, reads as a file does and compiles without a problem', () => {
    const { doc, step } = largeDoc(1000, bundledVocabulary());
    expect(doc.entities).toHaveLength(1000);
    expect(new Set(doc.entities.map((e) => e.label.ar)).size).toBe(1000);
    expect(parseAnnotationDoc(JSON.parse(JSON.stringify(doc))).ok).toBe(true);
    const compiled = compileAnnotations(doc);
    expect(compiled.problems).toEqual([]);
    expect(compiled.graph.nodes).toHaveLength(1000);
    expect(compiled.graph.edges).toHaveLength(500);
    // The timed step: the second, unmarked, occurrence of a sentence's first person.
    const { entity, mention } = step(3);
    const text = doc.sentences.find((s) => s.id === mention.sentence)!.text;
    const first = doc.entities.find((e) => e.id === entity.key)!.mentions[0]!;
    expect(first.sentence).toBe(mention.sentence);
    expect(locateSpan(text, mention)!.start).toBeGreaterThan(locateSpan(text, first)!.start);
  });

  it('refuses sizes it cannot write', () => {
    expect(() => largeDoc(7, bundledVocabulary())).toThrow('even number');
    expect(() => largeDoc(2000, bundledVocabulary())).toThrow('at most 1000');
  });
});
