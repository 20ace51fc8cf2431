import type { ElementDefinition } from 'cytoscape';
import type { GraphAnalysis } from '../../domain/analysis';
import { discRadius, placeOnMap } from '../../domain/community-map';
import type { GraphIndex } from '../../domain/graph-index';
import type { MetaEdge, MetaNode, Scene } from '../../domain/scene';
import type { Lang } from '../../domain/schema';
import type { Translate } from '../../shared/i18n/translate';
import { communityColor } from '../../shared/palette';
import { META_CLASS, META_EDGE_CLASS } from './canvas-classes';
import { cyLabel, edgeElement, nodeElement } from './cy-elements';

/** The ids the canvas should hold for a scene: nodes (entities and communities), then edges. */
export function sceneIds(scene: Scene): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set(scene.nodes);
  for (const m of scene.meta) nodes.add(m.id);
  const edges = new Set(scene.edges);
  for (const e of scene.metaEdges) edges.add(e.id);
  return { nodes, edges };
}

export function metaLabel(index: GraphIndex, meta: MetaNode, lang: Lang, t: Translate): string {
  const names = meta.leaders.map((id) => index.nodeById.get(id)?.label[lang] ?? id).join(lang === 'ar' ? '، ' : ', ');
  return cyLabel(t('scene.metaLabel', { names, count: meta.size }), lang);
}

const lookups = new WeakMap<Scene, { meta: Map<string, MetaNode>; links: Map<string, MetaEdge> }>();

/** A scene's communities and links by id, made once per scene. */
function lookup(scene: Scene) {
  let found = lookups.get(scene);
  if (!found) {
    found = { meta: new Map(scene.meta.map((m) => [m.id, m])), links: new Map(scene.metaEdges.map((e) => [e.id, e])) };
    lookups.set(scene, found);
  }
  return found;
}

export interface SceneContext {
  index: GraphIndex;
  scene: Scene;
  analysis: GraphAnalysis | undefined;
  lang: Lang;
  t: Translate;
}

/**
 * An element the scene asks for, built fresh (Cytoscape writes into `data`). Entities keep
 * their stored position, or take their place on the community map; a community's node
 * sits where its members would, sized by how many of them the filters leave.
 */
export function makeSceneElement(ctx: SceneContext, id: string): ElementDefinition | null {
  const { index, scene, analysis, lang } = ctx;
  // Communities and links first: an overview holds nothing else, and needs no look-up of
  // the graph's relations by id.
  const meta = lookup(scene).meta.get(id);
  if (meta) {
    return {
      group: 'nodes',
      data: { id, meta: true, community: meta.community, color: communityColor(meta.community), ...metaData(ctx, meta) },
      position: metaPosition(index, analysis, meta.community),
      classes: META_CLASS,
    };
  }
  const link = lookup(scene).links.get(id);
  if (link) {
    return { group: 'edges', data: { id, meta: true, source: link.source, target: link.target, color: '#8794a3', ...linkData(link.weight) }, classes: META_EDGE_CLASS };
  }
  const node = index.nodeById.get(id);
  if (node) {
    const el = nodeElement(index, node, lang);
    if (!el.position && analysis) el.position = placeOnMap(analysis, id);
    if (analysis) el.data.community = analysis.communityOf[id];
    return el;
  }
  const edge = index.edgeById.get(id);
  return edge ? edgeElement(index, edge, lang) : null;
}

/**
 * The data of a community's node or link that the filters and the language change, to
 * write onto one already drawn (null for entities and relations).
 */
export function sceneElementData(ctx: SceneContext, id: string): Record<string, unknown> | null {
  const { meta, links } = lookup(ctx.scene);
  const community = meta.get(id);
  if (community) return metaData(ctx, community);
  const link = links.get(id);
  return link ? linkData(link.weight) : null;
}

/** Widest link: a pair of communities with this many relations between them or more. */
const LINK_WEIGHT_FULL = 60;

/**
 * A link's weight and the width it is drawn at (1 to 14 px, in proportion to the
 * relations it stands for): computed here once, so the stylesheet reads a number rather
 * than mapping every link's weight on every restyle.
 */
export function linkData(weight: number): { weight: number; width: number } {
  const share = (Math.min(Math.max(weight, 1), LINK_WEIGHT_FULL) - 1) / (LINK_WEIGHT_FULL - 1);
  return { weight, width: Math.round((1 + 13 * share) * 100) / 100 };
}

function metaData({ index, lang, t }: Pick<SceneContext, 'index' | 'lang' | 't'>, meta: MetaNode): Record<string, unknown> {
  const diameter = Math.round(discRadius(meta.size));
  return { label: metaLabel(index, meta, lang, t), size: meta.size, diameter, fontSize: Math.max(14, Math.round(diameter / 9)) };
}

const storedCentres = new WeakMap<GraphAnalysis, Map<number, { x: number; y: number }>>();

function metaPosition(index: GraphIndex, analysis: GraphAnalysis | undefined, community: number): { x: number; y: number } {
  if (!analysis) return { x: 0, y: 0 };
  const members = analysis.communities[community]?.members ?? [];
  const first = index.nodeById.get(members[0] ?? '');
  if (!first?.position) return analysis.centres[community] ?? { x: 0, y: 0 };
  // A graph with stored positions: the community sits at its members' centroid.
  let centres = storedCentres.get(analysis);
  if (!centres) storedCentres.set(analysis, (centres = new Map()));
  let centre = centres.get(community);
  if (!centre) {
    let x = 0, y = 0, n = 0;
    for (const m of members) {
      const p = index.nodeById.get(m)?.position;
      if (p) {
        x += p.x;
        y += p.y;
        n++;
      }
    }
    centre = n > 0 ? { x: Math.round(x / n), y: Math.round(y / n) } : { x: 0, y: 0 };
    centres.set(community, centre);
  }
  return centre;
}
