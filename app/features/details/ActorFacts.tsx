import type { GraphIndex } from '../../domain/graph-index';
import { EXPAND_PAGE, rankedNeighbours } from '../../domain/scene';
import { useAnalysis, useScene, useT, useVisibility } from '../../state/hooks';
import { useAppStore } from '../../state/store';

/**
 * An entity as a key actor (its rank by centrality, relations, betweenness, community),
 * and, when the canvas shows part of a large graph, a way to add its neighbours a page at a time.
 */
export function ActorFacts({ index, nodeId }: { index: GraphIndex; nodeId: string }) {
  const t = useT();
  const analysis = useAnalysis(index);
  const scene = useScene(index);
  const visibility = useVisibility(index);
  const expandEntity = useAppStore((s) => s.expandEntity);
  if (!analysis) return <p className="muted">{t('actors.computing')}</p>;

  const rank = analysis.ranking.indexOf(nodeId) + 1;
  const betweenness = analysis.betweenness?.[nodeId];
  const community = analysis.communityOf[nodeId];
  const hidden =
    scene?.kind === 'members' && visibility && scene.nodes.has(nodeId)
      ? rankedNeighbours(index, visibility, analysis, nodeId).filter((n) => !scene.nodes.has(n)).length
      : null;
  return (
    <section className="details-section" aria-labelledby="actor-facts">
      <h3 id="actor-facts">{t('actors.title')}</h3>
      <ul className="actor-facts">
        {rank > 0 && <li>{t('actors.rank', { rank, total: analysis.ranking.length })}</li>}
        <li>{t('actors.degree', { count: analysis.degree[nodeId] ?? 0 })}</li>
        {betweenness !== undefined && <li>{t('actors.betweenness', { value: betweenness.toFixed(3) })}</li>}
        {community !== undefined && <li>{t('actors.community', { number: community + 1 })}</li>}
      </ul>
      {hidden !== null &&
        (hidden > 0 ? (
          <button type="button" onClick={() => expandEntity(nodeId)}>
            {t('scene.expand', { count: Math.min(EXPAND_PAGE, hidden) })}
          </button>
        ) : (
          <p className="muted">{t('scene.expandNone')}</p>
        ))}
    </section>
  );
}
