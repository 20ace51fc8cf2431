import { describe, expect, it } from 'vitest';
import { smallGraph } from '../test/fixtures';
import { graphAdvice, validateGraph, validateGraphText, toJsonPath } from './validate';
import type { Graph } from './schema';

/** Path and technical message; the codes behind the reader's sentences are tested apart. */
function problemsOf(graph: unknown, sourceText?: string) {
  const result = validateGraph(graph, sourceText === undefined ? {} : { sourceText });
  return result.ok ? [] : result.problems.map(({ path, message }) => ({ path, message }));
}

function codesOf(result: ReturnType<typeof validateGraph>) {
  return result.ok ? [] : result.problems.map(({ path, code, params }) => ({ path, code, params }));
}

function mutate(change: (g: Graph) => void): Graph {
  const g = smallGraph();
  change(g);
  return g;
}

describe('problem codes, for messages in the reader\'s language', () => {
  it('name each kind of problem with what the sentence needs', () => {
    expect(codesOf(validateGraph(mutate((g) => (g.edges[0]!.target = 'nowhere'))))).toEqual([
      { path: '$.edges[0].target', code: 'unknown-node', params: { id: 'nowhere' } },
    ]);
    expect(codesOf(validateGraph(mutate((g) => (g.nodes[0]!.label = undefined as never))))).toEqual([
      { path: '$.nodes[0].label', code: 'missing-field', params: undefined },
    ]);
    expect(codesOf(validateGraph(mutate((g) => (g.nodes[0]!.label.en = 'x'.repeat(501)))))[0]?.code).toBe('too-long');
    expect(codesOf(validateGraph(mutate((g) => (g.schemaVersion = 2 as never))))[0]?.code).toBe('invalid-field');
    expect(codesOf(validateGraph([]))[0]?.code).toBe('not-object');
  });

  it('tell a web page, an empty file and broken JSON apart', () => {
    expect(codesOf(validateGraphText('<!doctype html><html><body>app</body></html>'))).toEqual([{ path: '$', code: 'web-page', params: undefined }]);
    expect(codesOf(validateGraphText('  \n'))[0]?.code).toBe('empty');
    expect(codesOf(validateGraphText('{"a": ['))[0]?.code).toBe('not-json');
    expect(codesOf(validateGraphText('{}', { maxChars: 1 }))[0]).toMatchObject({ code: 'too-large', params: { size: '2 B', limit: '1 B' } });
  });
});

describe('validateGraph', () => {
  it('accepts the valid fixture', () => {
    const result = validateGraph(smallGraph());
    expect(result.ok).toBe(true);
  });

  it('accepts the fixture against a source text that holds its sentences in order', () => {
    const g = smallGraph();
    const source = g.article.sentences.map((s) => s.text).join('\n') + '\nTranslation:';
    expect(problemsOf(g, source)).toEqual([]);
  });

  it('reports a dangling edge end with its path', () => {
    const problems = problemsOf(mutate((g) => (g.edges[0]!.target = 'nowhere')));
    expect(problems).toContainEqual({ path: '$.edges[0].target', message: 'unknown node "nowhere"' });
  });

  it('reports two relation types that share a label in one language, so their filters cannot be told apart', () => {
    const problems = problemsOf(mutate((g) => (g.relationTypes[1]!.label.ar = g.relationTypes[0]!.label.ar)));
    expect(problems).toEqual([{ path: '$.relationTypes[1].label.ar', message: expect.stringContaining('same Arabic label as "visits"') }]);
    const english = problemsOf(mutate((g) => (g.relationTypes[2]!.label.en = 'Visits ')));
    expect(english.map((p) => p.path)).toEqual(['$.relationTypes[2].label.en']);
  });

  it('reports two node types that share a label', () => {
    const problems = problemsOf(mutate((g) => (g.nodeTypes[2]!.label.en = g.nodeTypes[0]!.label.en)));
    expect(problems.map((p) => p.path)).toEqual(['$.nodeTypes[2].label.en']);
  });

  it('reports a self-loop', () => {
    const problems = problemsOf(mutate((g) => (g.edges[1]!.target = 'putin')));
    expect(problems.map((p) => p.path)).toContain('$.edges[1].target');
    expect(problems.some((p) => p.message.startsWith('self-loop'))).toBe(true);
  });

  it('reports a wrong offset', () => {
    const problems = problemsOf(mutate((g) => (g.edges[0]!.evidence[0]!.start = 1)));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe('$.edges[0].evidence[0].quote');
    expect(problems[0]!.message).toContain('it occurs at 0');
  });

  it('reports a retyped quote', () => {
    const problems = problemsOf(mutate((g) => (g.edges[1]!.evidence[0]!.quote = 'اتهم بوتين الغربي')));
    expect(problems.map((p) => p.path)).toEqual(['$.edges[1].evidence[0].quote']);
  });

  it('reports a wrong mention offset and an offset past the sentence end', () => {
    const problems = problemsOf(
      mutate((g) => {
        g.nodes[1]!.mentions[0]!.end = 37;
        g.nodes[0]!.mentions[0]!.end = 400;
      }),
    );
    expect(problems.map((p) => p.path).sort()).toEqual(['$.nodes[0].mentions[0].end', '$.nodes[1].mentions[0].text']);
  });

  it('reports an unknown relation type and an unknown node type', () => {
    const problems = problemsOf(
      mutate((g) => {
        g.edges[2]!.type = 'likes';
        g.nodes[3]!.type = 'alien';
      }),
    );
    expect(problems).toContainEqual({ path: '$.edges[2].type', message: 'unknown relation type "likes"' });
    expect(problems).toContainEqual({ path: '$.nodes[3].type', message: 'unknown node type "alien"' });
  });

  it('reports duplicate ids', () => {
    const problems = problemsOf(mutate((g) => (g.edges[3]!.id = g.edges[0]!.id)));
    expect(problems).toContainEqual({ path: '$.edges[3].id', message: 'duplicate edge id "putin-visits-china"' });
    const nodeDup = problemsOf(mutate((g) => g.nodes.push({ ...g.nodes[0]! })));
    expect(nodeDup).toContainEqual({ path: '$.nodes[4].id', message: 'duplicate node id "putin"' });
  });

  it('advises of a node with no relation, without making the graph invalid', () => {
    const lonely = mutate((g) => g.nodes.push({ id: 'lonely', type: 'person', label: { ar: 'وحيد', en: 'Lonely' }, mentions: [] }));
    expect(problemsOf(lonely)).toEqual([]);
    expect(graphAdvice(lonely)).toEqual([{ path: '$.nodes[4]', message: 'node "lonely" has no relation', code: 'no-relation', params: { id: 'lonely' } }]);
    expect(graphAdvice(smallGraph())).toEqual([]);
  });

  it('requires evidence on every edge of a graph with source text', () => {
    const problems = problemsOf(mutate((g) => (g.edges[1]!.evidence = [])));
    expect(problems).toContainEqual({ path: '$.edges[1].evidence', message: 'needs at least one evidence item' });
  });

  it('accepts a graph without source text: no sentences, edges without evidence, lone nodes', () => {
    const g = mutate((g) => {
      g.article.sentences = [];
      for (const e of g.edges) e.evidence = [];
      for (const n of g.nodes) n.mentions = [];
      g.nodes.push({ id: 'lonely', type: 'person', label: { ar: 'وحيد', en: 'Lonely' }, mentions: [] });
    });
    expect(problemsOf(g)).toEqual([]);
    // Evidence that points at a sentence the graph does not have is still refused.
    g.edges[0]!.evidence = [{ sentence: 's1', start: 0, end: 3, quote: 'زار' }];
    expect(problemsOf(g)).toContainEqual({ path: '$.edges[0].evidence[0].sentence', message: 'unknown sentence "s1"' });
  });

  it('reports an unknown attribution and an unknown sentence', () => {
    const problems = problemsOf(
      mutate((g) => {
        g.edges[2]!.attributedTo = 'ghost';
        g.edges[0]!.evidence[0]!.sentence = 's9';
      }),
    );
    expect(problems).toContainEqual({ path: '$.edges[2].attributedTo', message: 'unknown node "ghost"' });
    expect(problems).toContainEqual({ path: '$.edges[0].evidence[0].sentence', message: 'unknown sentence "s9"' });
  });

  it('reports shape errors with JSON paths', () => {
    const g = smallGraph() as unknown as Record<string, unknown>;
    (g.edges as Record<string, unknown>[])[0]!.evidence = 'none';
    delete (g.nodes as Record<string, unknown>[])[1]!.label;
    const paths = problemsOf(g).map((p) => p.path);
    expect(paths).toContain('$.edges[0].evidence');
    expect(paths).toContain('$.nodes[1].label');
  });

  it('reports a sentence that is not verbatim in the source text', () => {
    const g = smallGraph();
    const source = g.article.sentences.map((s) => s.text).join('\n').replace('يوم الخميس', 'يوم  الخميس');
    expect(problemsOf(g, source)).toEqual([{ path: '$.article.sentences[1].text', message: 'sentence is not verbatim in the source text' }]);
  });

  it('refuses a label of a megabyte', () => {
    const problems = problemsOf(mutate((g) => (g.nodes[0]!.label.en = 'x'.repeat(1024 * 1024))));
    expect(problems[0]!.path).toBe('$.nodes[0].label.en');
    expect(problems[0]!.message).toMatch(/at most 500/);
  });
});

describe('validateGraphText', () => {
  it('reports malformed JSON', () => {
    const result = validateGraphText('{"schemaVersion": 1,');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toMatch(/^not valid JSON/);
  });

  it('reports an empty file and a file that is not an object', () => {
    const empty = validateGraphText('   ');
    expect(empty.ok ? null : empty.problems[0]!.message).toBe('file is empty');
    const array = validateGraphText('[1,2]');
    expect(array.ok ? null : array.problems[0]!.message).toMatch(/must be a JSON object/);
  });

  it('refuses a file over the size limit before parsing it', () => {
    const result = validateGraphText('{"a":"' + 'x'.repeat(2000) + '"}', { maxChars: 1000 });
    expect(result.ok ? null : result.problems[0]!.message).toMatch(/too large/);
  });

  it('survives deeply nested junk', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const result = validateGraphText(deep);
    expect(result.ok).toBe(false);
  });

  it('round-trips a valid graph', () => {
    const result = validateGraphText(JSON.stringify(smallGraph()));
    expect(result.ok).toBe(true);
  });
});

describe('toJsonPath', () => {
  it('writes indices and odd keys', () => {
    expect(toJsonPath(['edges', 3, 'evidence', 0, 'start'])).toBe('$.edges[3].evidence[0].start');
    expect(toJsonPath(['a b'])).toBe('$["a b"]');
  });
});
