import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateGraph } from '../validate';
import type { Graph } from '../schema';
import { buildCorpus, type GraphText } from './build';
import { checkCorpusReferences, parseCorpus, parseCorpusText } from './check';
import { articleFacts, edgeInRange } from './facts';
import { confirmMerge, rejectMerge, splitOff } from './judgements';
import { assignIdentities, mergeCorpus } from './merge';
import { CorpusSchema, refKey, type Corpus } from './schema';
import { suggestMerges } from './suggest';
import { parseIsoRange } from '../time-range';

const dir = join(import.meta.dirname, '../../../e2e/fixtures/corpus');
const read = (path: string): GraphText => {
  try {
    return { text: readFileSync(join(dir, path), 'utf8') };
  } catch {
    return { error: 'no such file' };
  }
};
const corpusText = readFileSync(join(dir, 'test-summits.corpus.json'), 'utf8');
const corpus = (): Corpus => CorpusSchema.parse(JSON.parse(corpusText));
const graphs = () => new Map<string, Graph>(corpus().articles.map((a) => [a.id, JSON.parse(readFileSync(join(dir, a.graph), 'utf8')) as Graph]));
const DAY = '2026-12-07';

function build(c: Corpus) {
  const result = buildCorpus(JSON.stringify(c), read);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result;
}

describe('mergeCorpus', () => {
  it('joins entities by "same" judgements and shared sameAs IRIs only, and the result is a valid graph', () => {
    const { graph } = mergeCorpus(corpus(), graphs());
    expect(validateGraph(graph).ok).toBe(true);
    const xi = graph.nodes.find((n) => n.id === 'xi');
    expect(xi?.members).toEqual([
      { article: 'summit-a', entity: 'xi' },
      { article: 'summit-b', entity: 'xi-jinping' },
    ]);
    // Russia of summit-a and trade-c share Q159; the two Putins are not joined without a judgement.
    expect(graph.nodes.find((n) => n.id === 'russia')?.members?.map((m) => m.article)).toEqual(['summit-a', 'trade-c']);
    expect(graph.nodes.filter((n) => n.label.en.includes('Putin'))).toHaveLength(2);
    // Beijing exists in two articles under the same id: the second is qualified, not joined.
    expect(graph.nodes.map((n) => n.id)).toContain('beijing@summit-b');
  });

  it('gathers aliases from every member and prefixes sentence ids with their article', () => {
    const { graph } = mergeCorpus(corpus(), graphs());
    const xi = graph.nodes.find((n) => n.id === 'xi');
    expect(xi?.aliases?.ar).toEqual(expect.arrayContaining(['شي']));
    expect(xi?.mentions.map((m) => `${m.article}|${m.sentence}`)).toEqual(['summit-a|summit-a:s1', 'summit-b|summit-b:s1', 'summit-b|summit-b:s2']);
    expect(graph.article.sentences.map((s) => s.id)).toContain('trade-c:s1');
  });

  it('draws one edge for one source, type and target across articles, every span naming its article', () => {
    const c = confirmMerge(corpus(), { article: 'summit-a', entity: 'putin' }, { article: 'summit-b', entity: 'vladimir-putin' }, DAY);
    const { graph } = mergeCorpus(c, graphs());
    const meets = graph.edges.filter((e) => e.type === 'meets');
    expect(meets).toHaveLength(1);
    expect(meets[0]?.evidence.map((e) => [e.article, e.quote])).toEqual([
      ['summit-a', 'التقى الرئيس الروسي فلاديمير بوتين الرئيس الصيني شي جين بينغ'],
      ['summit-b', 'أجرى بوتين محادثات مع شي'],
    ]);
    expect(articleFacts(graph).edgeArticles.get(meets[0]?.id ?? '')).toEqual(['summit-a', 'summit-b']);
  });

  it('keeps attribution as each article states it, on its evidence', () => {
    const { graph } = mergeCorpus(corpus(), graphs());
    const dialogue = graph.edges.find((e) => e.id === 'china-supports-dialogue');
    expect(dialogue?.attributedTo).toBe('xi');
    expect(dialogue?.evidence[0]?.attributedTo).toBe('xi');
  });

  it('a "different" judgement keeps entities apart even when they share an IRI', () => {
    const c = rejectMerge(corpus(), { article: 'summit-a', entity: 'russia' }, { article: 'trade-c', entity: 'russia' }, DAY);
    const ids = assignIdentities(c, graphs());
    expect(ids.get(refKey({ article: 'summit-a', entity: 'russia' }))).not.toBe(ids.get(refKey({ article: 'trade-c', entity: 'russia' })));
  });
});

describe('judgements', () => {
  const a = { article: 'summit-a', entity: 'putin' };
  const b = { article: 'summit-b', entity: 'vladimir-putin' };

  it('confirm, then split: the merge is undone and the decision is data', () => {
    const confirmed = confirmMerge(corpus(), a, b, DAY, 'same person');
    expect(mergeCorpus(confirmed, graphs()).graph.nodes.find((n) => n.id === 'putin')?.members).toHaveLength(2);
    const split = splitOff(confirmed, [a, b], b, DAY);
    expect(mergeCorpus(split, graphs()).graph.nodes.find((n) => n.id === 'putin')?.members).toHaveLength(1);
    // The "same" judgement was replaced, never left beside its contradiction.
    expect(split.judgements.filter((j) => j.entities.some((r) => r.entity === 'vladimir-putin')).map((j) => j.verdict)).toEqual(['different']);
    expect(checkCorpusReferences(split, graphs())).toEqual([]);
  });

  it('round-trips through the corpus file', () => {
    const decided = rejectMerge(confirmMerge(corpus(), a, b, DAY, 'same person'), { article: 'summit-b', entity: 'china' }, { article: 'trade-c', entity: 'china' }, DAY);
    const reread = parseCorpusText(JSON.stringify(decided));
    expect(reread.ok && reread.corpus.judgements).toEqual(decided.judgements);
    expect(reread.ok && mergeCorpus(reread.corpus, graphs()).graph).toEqual(mergeCorpus(decided, graphs()).graph);
  });
});

describe('suggestMerges', () => {
  it('lists same-type entities whose labels or aliases match after Arabic folding, with both contexts', () => {
    const suggestions = suggestMerges(corpus(), graphs());
    const pairs = suggestions.map((s) => `${s.a.ref.article}/${s.a.ref.entity}~${s.b.ref.article}/${s.b.ref.entity}`);
    expect(pairs).toEqual(expect.arrayContaining(['summit-a/putin~summit-b/vladimir-putin', 'summit-a/beijing~summit-b/beijing', 'summit-b/china~trade-c/china']));
    // Already one node (judged same, or sharing an IRI): not suggested again.
    expect(pairs.some((p) => p.includes('xi'))).toBe(false);
    expect(pairs.some((p) => p.includes('russia'))).toBe(false);
    const putin = suggestions.find((s) => s.b.ref.entity === 'vladimir-putin');
    expect(putin?.a.context?.mention.text).toBe('فلاديمير بوتين');
    expect(putin?.b.context?.sentence.text).toContain('أجرى بوتين');
  });

  it('folds hamza, ta marbuta and tashkeel when matching', () => {
    const g = graphs();
    const c = corpus();
    const b = g.get('summit-b') as Graph;
    const dialogue = b.nodes.find((n) => n.id === 'dialogue');
    if (dialogue) dialogue.aliases = { ar: ['خطّة السلام الصينيّة'] };
    dialogue!.type = 'plan';
    expect(suggestMerges(c, g).some((s) => s.a.ref.entity === 'peace-plan' && s.b.ref.entity === 'dialogue')).toBe(true);
  });

  it('leaves out pairs judged different', () => {
    const c = rejectMerge(corpus(), { article: 'summit-b', entity: 'china' }, { article: 'trade-c', entity: 'china' }, DAY);
    expect(suggestMerges(c, graphs()).some((s) => s.a.ref.entity === 'china')).toBe(false);
  });
});

describe('corpus checks', () => {
  it('reports a missing graph, an unknown entity, duplicate article ids and contradictions with JSON paths', () => {
    const c = corpus();
    const bad = {
      ...c,
      articles: [...c.articles, { ...c.articles[0], graph: 'missing.graph.json' }],
    };
    const dup = parseCorpus(bad);
    expect(dup.ok ? [] : dup.problems).toEqual([{ path: '$.articles[3].id', message: 'duplicate article id "summit-a" (also $.articles[0])' }]);

    const missing = buildCorpus(JSON.stringify({ ...c, articles: [c.articles[0], { ...c.articles[1], graph: 'missing.graph.json' }, c.articles[2]] }), read);
    expect(missing.ok ? [] : missing.problems[0]).toEqual({ path: '$.articles[1].graph', message: 'cannot read "missing.graph.json": no such file' });

    const unknown = { ...c, judgements: [{ verdict: 'same' as const, entities: [{ article: 'summit-a', entity: 'putin' }, { article: 'summit-b', entity: 'nobody' }] as [never, never], date: DAY }] };
    expect(checkCorpusReferences(unknown, graphs())).toEqual([{ path: '$.judgements[0].entities[1].entity', message: 'article "summit-b" has no entity "nobody"' }]);

    const pair = [{ article: 'summit-a', entity: 'putin' }, { article: 'summit-b', entity: 'vladimir-putin' }] as [never, never];
    const contradictory = { ...c, judgements: [{ verdict: 'same' as const, entities: pair, date: DAY }, { verdict: 'different' as const, entities: [pair[1], pair[0]] as [never, never], date: DAY }] };
    const problems = checkCorpusReferences(contradictory, graphs());
    expect(problems.map((p) => p.path)).toEqual(['$.judgements[1].verdict']);
    expect(problems[0]?.message).toContain('$.judgements[0]');
  });

  it('refuses an oversized corpus before parsing it', () => {
    const result = parseCorpusText('x'.repeat(101), 100);
    expect(result.ok ? '' : result.problems[0]?.path).toBe('$');
    expect(result.ok ? '' : result.problems[0]?.message).toMatch(/too large/);
  });
});

describe('time qualifiers', () => {
  it('reads ISO dates and intervals and refuses impossible ones', () => {
    expect(parseIsoRange('2024-05-16/2024-05-17')).toEqual({ start: Date.UTC(2024, 4, 16), end: Date.UTC(2024, 4, 17) });
    expect(parseIsoRange('2024-02-30')).toBeNull();
    expect(parseIsoRange('2024-05-17/2024-05-16')).toBeNull();
  });

  it('places a relation in a range by its own date or its articles\u2019 publication dates', () => {
    const { graph } = build(corpus());
    const facts = articleFacts(graph);
    const thursday = parseIsoRange('2024-05-16');
    const june = parseIsoRange('2024-06-01/2024-06-30');
    expect(edgeInRange(facts, 'putin-meets-xi', thursday!)).toBe(true);
    expect(edgeInRange(facts, 'putin-meets-xi', june!)).toBe(false);
    expect(edgeInRange(facts, 'deal-in-moscow', june!)).toBe(true);
  });

  it('the seed gives its own time phrases their dates, checked against the evidence', () => {
    const seed = JSON.parse(readFileSync(join(import.meta.dirname, '../../../graph-data/putin-china-visit.graph.json'), 'utf8')) as Graph;
    const visit = seed.edges.find((e) => e.id === 'putin-visits-china');
    expect(visit?.time).toEqual({ text: 'يوم الخميس في زيارة رسمية مدتها يومين', value: '2024-05-16/2024-05-17' });
    const broken = { ...seed, edges: seed.edges.map((e) => (e.id === 'putin-visits-china' ? { ...e, time: { text: 'يوم الجمعة', value: '2024-02-30' } } : e)) };
    const result = validateGraph(broken);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(expect.arrayContaining([expect.stringMatching(/\.time\.value$/), expect.stringMatching(/\.time\.text$/)]));
  });
});
