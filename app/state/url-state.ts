import type { GraphSource } from '../data/graph-query';
import { formatIsoRange, parseIsoRange } from '../domain/time-range';
import { decodeScene, encodeScene } from './scene-url';
import { DEFAULT_GRAPH_ID, type Selection, type SidePanel, type View, type ViewState, type WorkspaceRoute } from './store';

/**
 * The view as a URL: `?graph=<url>` names the graph file (so a link can point at any
 * graph), and the hash carries the rest, e.g.
 * `#sel=n:putin&s=s5&hide=visits,praises&focus=putin:2&lang=ar&view=list&q=بوتين`,
 * and in a graph too large to draw whole, the reader's place in it (`open=`, `exp=`,
 * `br=`: see scene-url.ts).
 */

const PANELS: SidePanel[] = ['details', 'article', 'claims', 'path', 'corpus'];

function list(value: string | null): ReadonlySet<string> {
  return new Set((value ?? '').split(',').filter(Boolean));
}

export function parseUrl(search: string, hash: string): Partial<ViewState> {
  const out: Partial<ViewState> = {};
  const query = new URLSearchParams(search);
  const graphUrl = query.get('graph');
  const bundled = query.get('g');
  const corpusUrl = query.get('corpus');
  const bundledCorpus = query.get('c');
  if (graphUrl) out.source = { kind: 'url', url: graphUrl };
  else if (bundled) out.source = { kind: 'bundled', id: bundled };
  else if (corpusUrl) out.source = { kind: 'corpus', ref: { from: 'url', url: corpusUrl } };
  else if (bundledCorpus) out.source = { kind: 'corpus', ref: { from: 'bundled', id: bundledCorpus } };

  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const sel = p.get('sel');
  const match = sel ? /^(n|e):(.+)$/.exec(sel) : null;
  out.selection = match ? ({ kind: match[1] === 'n' ? 'node' : 'edge', id: match[2] ?? '' } satisfies Selection) : null;
  out.sentence = p.get('s') || null;
  out.hiddenRelationTypes = list(p.get('hide'));
  out.hiddenNodeTypes = list(p.get('hidetype'));
  out.attribution = p.get('attr') || null;
  out.isolated = p.get('isolated') === 'hide' ? 'hide' : 'fade';
  const focus = /^(.+):([12])$/.exec(p.get('focus') ?? '');
  out.focus = focus ? { nodeId: focus[1] ?? '', depth: Number(focus[2]) } : null;
  const article = /^(.+):(in|adds)$/.exec(p.get('art') ?? '');
  out.articleFilter = article ? { article: article[1] ?? '', mode: article[2] === 'adds' ? 'adds' : 'in' } : null;
  out.timeRange = parseIsoRange(p.get('t') ?? '');
  const lang = p.get('lang');
  if (lang === 'ar' || lang === 'en') out.lang = lang;
  out.view = (p.get('view') === 'list' ? 'list' : 'graph') satisfies View;
  const panel = p.get('panel') as SidePanel | null;
  out.panel = panel && PANELS.includes(panel) ? panel : 'details';
  out.search = p.get('q') ?? '';
  const [from, to] = (p.get('path') ?? '').split(',');
  out.pathEnds = { from: from || null, to: to || null };
  out.scene = decodeScene(p, out.selection?.kind === 'node' ? out.selection.id : null);
  out.workspace = parseWorkspace(p.get('ws'), p.get('draft'));
  if (out.workspace?.page === 'preview') out.source = { kind: 'draft', id: out.workspace.draft };
  return out;
}

/** `ws=drafts`, `ws=new`, `ws=annotate&draft=<id>`, `ws=preview&draft=<id>`; anything else is the explorer. */
function parseWorkspace(page: string | null, draft: string | null): WorkspaceRoute | null {
  if (page === 'drafts' || page === 'new') return { page };
  if ((page === 'annotate' || page === 'preview') && draft) return { page, draft };
  return null;
}

export function sourceQuery(source: GraphSource): string {
  if (source.kind === 'url') return `?graph=${encodeURIComponent(source.url)}`;
  if (source.kind === 'bundled' && source.id !== DEFAULT_GRAPH_ID) return `?g=${encodeURIComponent(source.id)}`;
  if (source.kind === 'corpus' && source.ref.from === 'url') return `?corpus=${encodeURIComponent(source.ref.url)}`;
  if (source.kind === 'corpus' && source.ref.from === 'bundled') return `?c=${encodeURIComponent(source.ref.id)}`;
  return '';
}

export function toHash(state: ViewState): string {
  const p = new URLSearchParams();
  if (state.selection) p.set('sel', `${state.selection.kind === 'node' ? 'n' : 'e'}:${state.selection.id}`);
  if (state.sentence) p.set('s', state.sentence);
  const join = (set: ReadonlySet<string>) => [...set].sort().join(',');
  if (state.hiddenRelationTypes.size) p.set('hide', join(state.hiddenRelationTypes));
  if (state.hiddenNodeTypes.size) p.set('hidetype', join(state.hiddenNodeTypes));
  if (state.attribution) p.set('attr', state.attribution);
  if (state.isolated === 'hide') p.set('isolated', 'hide');
  if (state.focus) p.set('focus', `${state.focus.nodeId}:${state.focus.depth}`);
  if (state.articleFilter) p.set('art', `${state.articleFilter.article}:${state.articleFilter.mode}`);
  if (state.timeRange) p.set('t', formatIsoRange(state.timeRange));
  p.set('lang', state.lang);
  if (state.view !== 'graph') p.set('view', state.view);
  if (state.panel !== 'details') p.set('panel', state.panel);
  if (state.search) p.set('q', state.search);
  if (state.pathEnds.from || state.pathEnds.to) p.set('path', `${state.pathEnds.from ?? ''},${state.pathEnds.to ?? ''}`);
  for (const [key, value] of encodeScene(state.scene, state.selection?.kind === 'node' ? state.selection.id : null)) p.set(key, value);
  if (state.workspace) {
    p.set('ws', state.workspace.page);
    if ('draft' in state.workspace) p.set('draft', state.workspace.draft);
  }
  return `#${p.toString()}`;
}
