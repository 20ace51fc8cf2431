import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { neighbourhood, indexGraph } from './graph-index';
import type { Graph } from './schema';

/** The second edge-by-edge review of the article graph, kept: each finding fixed stays fixed. */
const seed = JSON.parse(readFileSync(new URL('../../graph-data/putin-china-visit.graph.json', import.meta.url), 'utf8')) as Graph;
const edge = (id: string) => {
  const found = seed.edges.find((e) => e.id === id);
  if (!found) throw new Error(`no relation ${id}`);
  return found;
};

describe('the article graph after review', () => {
  it('marks what the text implies as inferred, each with a note, and cites no claim as the statement of a fact', () => {
    for (const id of ['russia-wages-attack', 'sanctions-imposed-on-russia', 'sanctions-imposed-over-attack', 'technology-components-sourced-from-china', 'attack-part-of-conflict', 'visit-seeks-diplomatic-solutions', 'kharkiv-offensive-part-of-conflict']) {
      expect(edge(id).inferred, id).toBe(true);
    }
    for (const e of seed.edges.filter((x) => x.inferred)) expect(e.note?.en && e.note.ar, e.id).toBeTruthy();
    expect(edge('russia-wages-attack').evidence.map((e) => e.sentence)).not.toContain('s8');
  });

  it('links the attack, the conflict and the Kharkiv offensive, so the sanctions and the tribunal reach the parties', () => {
    const index = indexGraph(seed);
    const near = neighbourhood(index, 'attack-on-ukraine', 2);
    for (const id of ['russia-ukraine-conflict', 'russia', 'ukraine', 'kharkiv-offensive', 'international-sanctions', 'cond-aggression-tribunal']) expect(near.has(id), id).toBe(true);
    expect(edge('attack-part-of-conflict').evidence.every((e) => e.sentence === 's8')).toBe(true);
  });

  it("attaches the title's «البحث عن حلول دبلوماسية» to a relation", () => {
    expect(seed.edges.some((e) => e.evidence.some((v) => v.sentence === 's0' && v.quote.includes('البحث عن حلول دبلوماسية')))).toBe(true);
  });

  it('keeps notes and labels to what the text says', () => {
    const notes = seed.notes!.en!;
    expect(notes).toContain('imposed on Russia');
    expect(notes).not.toContain('imposed on Russia over Ukraine');
    expect(edge('russia-depends-on-china').note?.en).toContain('s17');
    const labels = new Map(seed.relationTypes.map((r) => [r.id, r.label.en]));
    expect([labels.get('drove-from-homes'), labels.get('relies-for'), labels.get('has-concerns'), labels.get('gives-interview')]).toEqual(['caused to flee', 'relies on China for', 'is concerned about', 'speaks in']);
    expect(seed.article.sentences.find((s) => s.id === 's2')!.en).not.toContain('[sic');
    const lavrov = seed.nodes.find((n) => n.id === 'lavrov')!;
    expect(lavrov.aliases?.en).toContain('Sergei Lavrov');
    expect(lavrov.note?.en).toContain("annotator's");
    expect(seed.nodes.find((n) => n.id === 'russia-ukraine-conflict')!.note?.en).toContain('"the war" is the annotator\'s');
  });
});
