import { useGraphIndex, useT, useVisibility } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { MARK, useMarkShown } from '../../shared/marks';
import { AttributionFilter } from './AttributionFilter';
import { NodeTypeFilter } from './NodeTypeFilter';
import { RelationTypeFilter } from './RelationTypeFilter';

/** Relation types by category, entity types, attribution, and a summary of what is hidden. */
export function FilterPanel() {
  const t = useT();
  const index = useGraphIndex();
  const visibility = useVisibility(index);
  const isolated = useAppStore((s) => s.isolated);
  const setIsolated = useAppStore((s) => s.setIsolated);
  const resetFilters = useAppStore((s) => s.resetFilters);
  const refit = useAppStore((s) => s.refitOnFilter);
  const setRefit = useAppStore((s) => s.setRefitOnFilter);
  useMarkShown(MARK.filterShown, visibility ? `${visibility.nodes.size} ${visibility.edges.size}` : null);
  if (!index || !visibility) return null;
  const totalNodes = index.graph.nodes.length;
  const totalEdges = index.graph.edges.length;
  const shownNodes = visibility.nodes.size;
  const everything = shownNodes === totalNodes && visibility.edges.size === totalEdges;
  return (
    <div className="filter-panel">
      <p className="filter-summary" role="status" aria-live="polite">
        {everything
          ? t('filters.summaryNone', { nodes: totalNodes, edges: totalEdges })
          : t('filters.summary', { nodes: shownNodes, totalNodes, edges: visibility.edges.size, totalEdges })}
      </p>
      <button type="button" className="reset-button" onClick={resetFilters} disabled={everything}>
        {t('filters.reset')}
      </button>
      <label className="check">
        <input type="checkbox" checked={refit} onChange={(e) => setRefit(e.target.checked)} />
        <span className="check__label">{t('filters.refit')}</span>
      </label>
      <RelationTypeFilter index={index} />
      <fieldset className="filter-group">
        <legend>{t('filters.isolated')}</legend>
        <label className="radio">
          <input type="radio" name="isolated" checked={isolated === 'fade'} onChange={() => setIsolated('fade')} />
          {t('filters.isolatedFade')}
        </label>
        <label className="radio">
          <input type="radio" name="isolated" checked={isolated === 'hide'} onChange={() => setIsolated('hide')} />
          {t('filters.isolatedHide')}
        </label>
      </fieldset>
      <NodeTypeFilter index={index} />
      <AttributionFilter index={index} />
    </div>
  );
}
