// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { parseUrl, sourceQuery, toHash } from './url-state';
import { DEFAULT_GRAPH_ID, useAppStore, VIEW_KEYS, type ViewState } from './store';

/** The view a fresh page has, from the store itself. */
function defaults(): ViewState {
  const s = useAppStore.getInitialState();
  return Object.fromEntries(VIEW_KEYS.map((k) => [k, s[k]])) as unknown as ViewState;
}

/** A view in which every key differs from the default. */
const everything: ViewState = {
  selection: { kind: 'edge', id: 'putin-visits-china' },
  sentence: 's5',
  hiddenRelationTypes: new Set(['visits', 'accuses']),
  hiddenNodeTypes: new Set(['bloc', 'place']),
  attribution: 'russia',
  isolated: 'hide',
  focus: { nodeId: 'putin', depth: 2 },
  articleFilter: { article: 'summit-b', mode: 'adds' },
  timeRange: { start: Date.UTC(2024, 4, 16), end: Date.UTC(2024, 4, 17) },
  lang: 'ar',
  view: 'list',
  panel: 'claims',
  search: 'بوتين, "x"&y',
  pathEnds: { from: 'putin', to: 'west' },
  scene: { opened: [1, 0], expanded: { xi: 2 }, brought: ['lavrov'] },
  source: { kind: 'url', url: 'https://example.org/g.json?x=1&y=2' },
  workspace: { page: 'annotate', draft: 'water-project' },
};

function roundTrip(state: ViewState): Partial<ViewState> {
  const query = sourceQuery(state.source);
  return parseUrl(query, toHash(state));
}

describe('the view as a URL', () => {
  it('carries every view key, each one non-default, through write and parse', () => {
    const parsed = roundTrip(everything);
    const base = defaults();
    for (const key of VIEW_KEYS) {
      // The sample must differ from the default, or a missing write would go unnoticed.
      expect(everything[key], key).not.toEqual(base[key]);
      expect(parsed[key], key).toEqual(everything[key]);
    }
  });

  it('writes hidden relation and entity types under their own names, sorted', () => {
    const hash = toHash(everything);
    const params = new URLSearchParams(hash.slice(1));
    expect(params.get('hide')).toBe('accuses,visits');
    expect(params.get('hidetype')).toBe('bloc,place');
    expect(parseUrl('', hash).hiddenNodeTypes).toEqual(new Set(['bloc', 'place']));
  });

  it('keeps the default view short and reads an empty URL as the default view', () => {
    const base = { ...defaults(), lang: 'en' as const };
    expect(toHash(base)).toBe('#lang=en');
    expect(sourceQuery(base.source)).toBe('');
    const parsed = parseUrl('', '');
    for (const key of VIEW_KEYS) {
      if (key === 'lang' || key === 'source') continue; // kept from storage / the store when absent
      expect(parsed[key], key).toEqual(base[key]);
    }
    expect(parsed.source).toBeUndefined();
    expect(parsed.lang).toBeUndefined();
  });

  it('names a bundled graph other than the default, and a node selection', () => {
    const state: ViewState = { ...defaults(), source: { kind: 'bundled', id: 'other-graph' }, selection: { kind: 'node', id: 'china' } };
    expect(sourceQuery(state.source)).toBe('?g=other-graph');
    expect(roundTrip(state)).toMatchObject({ source: { kind: 'bundled', id: 'other-graph' }, selection: { kind: 'node', id: 'china' } });
    expect(sourceQuery({ kind: 'bundled', id: DEFAULT_GRAPH_ID })).toBe('');
  });

  it('names a linked or bundled corpus, and keeps a brushed range and an article filter', () => {
    const linked: ViewState = { ...defaults(), source: { kind: 'corpus', ref: { from: 'url', url: '/c/x.corpus.json' } } };
    expect(sourceQuery(linked.source)).toBe('?corpus=%2Fc%2Fx.corpus.json');
    expect(roundTrip(linked).source).toEqual(linked.source);
    expect(parseUrl('?c=putin-china-visit', '').source).toEqual({ kind: 'corpus', ref: { from: 'bundled', id: 'putin-china-visit' } });
    const hash = toHash({ ...defaults(), timeRange: { start: Date.UTC(2024, 4, 16), end: Date.UTC(2024, 4, 16) } });
    expect(new URLSearchParams(hash.slice(1)).get('t')).toBe('2024-05-16');
    expect(parseUrl('', '#t=2024-02-30&art=x:maybe')).toMatchObject({ timeRange: null, articleFilter: null });
  });

  it('carries the shell: each workspace page, and a previewed draft as the graph', () => {
    for (const workspace of [{ page: 'drafts' }, { page: 'new' }, { page: 'annotate', draft: 'a-b' }] as const) {
      expect(parseUrl('', toHash({ ...defaults(), workspace })).workspace).toEqual(workspace);
    }
    const preview = parseUrl('', toHash({ ...defaults(), workspace: { page: 'preview', draft: 'a-b' }, source: { kind: 'draft', id: 'a-b' } }));
    expect(preview).toMatchObject({ workspace: { page: 'preview', draft: 'a-b' }, source: { kind: 'draft', id: 'a-b' } });
    // A draft page without its draft is the explorer.
    expect(parseUrl('', '#ws=annotate').workspace).toBeNull();
    expect(parseUrl('', '#ws=elsewhere&draft=x').workspace).toBeNull();
  });

  it('ignores what it does not know instead of failing', () => {
    const parsed = parseUrl('', '#sel=x:1&focus=putin:7&panel=nowhere&view=3d&isolated=maybe');
    expect(parsed).toMatchObject({ selection: null, focus: null, panel: 'details', view: 'graph', isolated: 'fade' });
  });
});
