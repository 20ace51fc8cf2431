import type { GraphIndex } from '../../domain/graph-index';
import { edgePhrase, edgeSentence, nodeLabel, spansFor } from '../../domain/graph-index';
import type { GraphNode } from '../../domain/schema';
import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { categoryLabel, nodeTypeLabel } from '../../shared/labels';
import { categoryColor, nodeStyle } from '../../shared/palette';
import { AttributedClaims } from './AttributedClaims';
import { ActorFacts } from './ActorFacts';
import { EvidenceList } from './EvidenceList';
import { Predicate } from '../../shared/ui/Predicate';

export function NodeDetails({ index, node }: { index: GraphIndex; node: GraphNode }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const select = useAppStore((s) => s.select);
  const setFocus = useAppStore((s) => s.setFocus);
  const focus = useAppStore((s) => s.focus);
  const other = lang === 'ar' ? 'en' : 'ar';
  const edges = (index.edgesByNode.get(node.id) ?? []).flatMap((id) => {
    const edge = index.edgeById.get(id);
    return edge ? [edge] : [];
  });
  const aliases = [...(node.aliases?.[lang] ?? []), ...(node.aliases?.[other] ?? [])];
  const style = nodeStyle(node.type, 0, index.ownColor.nodeType.get(node.type));
  const spans = spansFor(index, { kind: 'node', id: node.id });
  const description = node.description?.[lang] ?? node.description?.[other];
  const qualifiers = node.qualifiers?.[lang] ?? node.qualifiers?.[other];
  const note = node.note?.[lang] ?? node.note?.[other];

  return (
    <article className="details" aria-labelledby="details-title">
      <header className="details__header">
        <span className="type-chip" style={{ borderColor: style.color }}>
          <span className="swatch" style={{ background: style.color }} aria-hidden="true" />
          {nodeTypeLabel(index, node.type, lang)}
        </span>
        <h2 id="details-title">{node.label[lang]}</h2>
        <p className="details__alt" lang={other} dir={other === 'ar' ? 'rtl' : 'ltr'}>
          {node.label[other]}
        </p>
        {description && <p className="details__description">{description}</p>}
        {qualifiers && (
          <p className="details__qualifiers">
            <strong>{t('details.qualifiers')}: </strong>
            {qualifiers}
          </p>
        )}
        {aliases.length > 0 && (
          <p className="details__aliases">
            <strong>{t('details.aliases')}: </strong>
            {aliases.map((a, i) => (
              <span key={`${a}-${i}`} className="alias" dir="auto">
                {a}
              </span>
            ))}
          </p>
        )}
        {note && (
          <p className="details__note note" dir="auto">
            <strong>{t('details.note')}: </strong>
            {note}
          </p>
        )}
        <div className="details__actions">
          <button type="button" aria-pressed={focus?.nodeId === node.id} onClick={() => setFocus(focus?.nodeId === node.id ? null : { nodeId: node.id, depth: 1 })}>
            {t('details.focus')}
          </button>
        </div>
      </header>

      <ActorFacts index={index} nodeId={node.id} />

      <section className="details-section" aria-label={t('details.relations', { count: edges.length })}>
        <h3>{t('details.relations', { count: edges.length })}</h3>
        <ul className="relation-list">
          {edges.map((edge) => {
            const category = index.relationTypeById.get(edge.type)?.category ?? '';
            return (
              <li key={edge.id}>
                <button type="button" className="relation-button" aria-label={edgeSentence(index, edge, lang)} onClick={() => select({ kind: 'edge', id: edge.id })}>
                  <span className="swatch swatch--line" style={{ background: categoryColor(category, 0, index.ownColor.category.get(category)) }} title={categoryLabel(index, category, lang)} aria-hidden="true" />
                  <span>
                    {edge.source === node.id ? (
                      <Predicate phrase={edgePhrase(index, edge, lang)} object={nodeLabel(index, edge.target, lang)} />
                    ) : (
                      <>
                        {nodeLabel(index, edge.source, lang)} <span className="muted">{edgePhrase(index, edge, lang)}</span>
                      </>
                    )}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      </section>

      <AttributedClaims index={index} node={node} />

      <EvidenceList index={index} spans={spans} t={t} heading={t('details.sources', { count: new Set(spans.map((s) => s.sentence)).size })} />
    </article>
  );
}
