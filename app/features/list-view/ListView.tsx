import { useEffect, useRef } from 'react';
import { edgeSentence, type GraphIndex } from '../../domain/graph-index';
import { sceneVisibility } from '../../domain/scene';
import { useAnalysis, useGraphIndex, useScene, useT, useVisibility } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { categoryLabel } from '../../shared/labels';
import { categoryColor, nodeStyle } from '../../shared/palette';
import { LIST_ENTITIES_ID } from '../../shared/ids';
import { targetRef } from '../../shared/focus-targets';

/**
 * The graph as lists a keyboard and a screen reader can use alone: entities by type,
 * relations by category, each read as a sentence. It shows what the filters leave
 * visible and opens the same details as a click on the canvas.
 */
export function ListView() {
  const index = useGraphIndex();
  if (!index) return null;
  return <Lists index={index} />;
}

function Lists({ index }: { index: GraphIndex }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const selection = useAppStore((s) => s.selection);
  const select = useAppStore((s) => s.select);
  const filtered = useVisibility(index);
  const scene = useScene(index);
  // The list holds what the canvas shows: for part of a large graph, that part.
  const visibility = filtered && scene ? sceneVisibility(scene, filtered) : filtered;
  const large = scene !== undefined && scene.kind !== 'whole';
  const rootRef = useRef<HTMLDivElement>(null);
  const entitiesRef = useRef<HTMLElement>(null);

  useEffect(
    function revealSelection() {
      if (!selection) return;
      const el = rootRef.current?.querySelector(`[data-id="${CSS.escape(selection.id)}"]`);
      el?.scrollIntoView({ block: 'nearest' });
    },
    [selection],
  );

  useEffect(function offerFirstEntity() {
    // The skip link to the list lands on its first entity (which changes with the filters).
    return targetRef('entity-list')(entitiesRef.current?.querySelector('button') ?? null);
  });

  if (!visibility) return null;
  const nodeVisible = (id: string) => visibility.nodes.has(id);
  const visibleNodes = index.graph.nodes.filter((n) => nodeVisible(n.id));
  const visibleEdges = index.graph.edges.filter((e) => visibility.edges.has(e.id));
  const collator = new Intl.Collator(lang);

  return (
    <div className="list-view" ref={rootRef}>
      {large && (
        <p className="list-view__scope" role="note">
          {scene.kind === 'members'
            ? t('scene.holdsPart', { nodes: visibleNodes.length, total: index.graph.nodes.length })
            : t('scene.holdsWhole', { nodes: visibleNodes.length })}
        </p>
      )}
      <KeyActors index={index} />
      <section ref={entitiesRef} id={LIST_ENTITIES_ID} aria-labelledby="list-entities">
        <h2 id="list-entities">{t('list.entities', { count: visibleNodes.length })}</h2>
        {index.graph.nodeTypes.map((type, order) => {
          const nodes = visibleNodes.filter((n) => n.type === type.id).sort((a, b) => collator.compare(a.label[lang], b.label[lang]));
          if (nodes.length === 0) return null;
          return (
            <section key={type.id} className="list-group" aria-labelledby={`list-type-${type.id}`}>
              <h3 id={`list-type-${type.id}`}>
                <span className="swatch" style={{ background: nodeStyle(type.id, order, type.color).color }} aria-hidden="true" />
                {type.label[lang]} ({nodes.length})
              </h3>
              <ul>
                {nodes.map((node) => (
                  <li key={node.id}>
                    <button
                      type="button"
                      data-id={node.id}
                      aria-current={selection?.id === node.id ? 'true' : undefined}
                      onClick={() => select({ kind: 'node', id: node.id })}
                    >
                      {node.label[lang]}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </section>
      <section aria-labelledby="list-relations">
        <h2 id="list-relations">{t('list.relations', { count: visibleEdges.length })}</h2>
        {index.categories.map((category, order) => {
          const edges = visibleEdges.filter((e) => index.relationTypeById.get(e.type)?.category === category);
          if (edges.length === 0) return null;
          return (
            <section key={category} className="list-group" aria-labelledby={`list-cat-${category}`}>
              <h3 id={`list-cat-${category}`}>
                <span className="swatch swatch--line" style={{ background: categoryColor(category, order, index.ownColor.category.get(category)) }} aria-hidden="true" />
                {categoryLabel(index, category, lang)} ({edges.length})
              </h3>
              <ul>
                {edges.map((edge) => (
                  <li key={edge.id}>
                    <button
                      type="button"
                      data-id={edge.id}
                      aria-current={selection?.id === edge.id ? 'true' : undefined}
                      onClick={() => select({ kind: 'edge', id: edge.id })}
                    >
                      {edgeSentence(index, edge, lang)}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </section>
    </div>
  );
}

/** How many key actors the list names first. */
const KEY_ACTORS = 10;

/** The graph's most central entities, most central first (betweenness, else relations). */
function KeyActors({ index }: { index: GraphIndex }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const select = useAppStore((s) => s.select);
  const analysis = useAnalysis(index);
  if (!analysis) return null;
  return (
    <section aria-labelledby="list-actors">
      <h2 id="list-actors">{t('actors.listTitle')}</h2>
      {!analysis.betweenness && <p className="muted">{t('actors.byDegree')}</p>}
      <ol className="key-actors">
        {analysis.ranking.slice(0, KEY_ACTORS).map((id, i) => (
          <li key={id}>
            <button type="button" aria-label={t('actors.item', { rank: i + 1, name: index.nodeById.get(id)?.label[lang] ?? id })} onClick={() => select({ kind: 'node', id })}>
              {index.nodeById.get(id)?.label[lang] ?? id}
            </button>{' '}
            <span className="muted">{t('actors.degree', { count: analysis.degree[id] ?? 0 })}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
