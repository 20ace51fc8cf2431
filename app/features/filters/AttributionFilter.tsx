import { useMemo } from 'react';
import type { GraphIndex } from '../../domain/graph-index';
import { ATTRIBUTION_NONE } from '../../domain/visibility';
import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';

export function AttributionFilter({ index }: { index: GraphIndex }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const attribution = useAppStore((s) => s.attribution);
  const setAttribution = useAppStore((s) => s.setAttribution);
  // A pass over every relation: once per graph, not at every render of the filters.
  const actors = useMemo(() => attributedActors(index), [index]);
  if (actors.length === 0) return null;
  return (
    <div className="filter-group">
      <label htmlFor="attribution-filter" className="filter-label">
        {t('filters.attribution')}
      </label>
      <select id="attribution-filter" value={attribution ?? ''} onChange={(e) => setAttribution(e.target.value === '' ? null : e.target.value)}>
        <option value="">{t('filters.attributionAny')}</option>
        <option value={ATTRIBUTION_NONE}>{t('filters.attributionNone')}</option>
        {actors.map((id) => (
          <option key={id} value={id}>
            {index.nodeById.get(id)?.label[lang] ?? id}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Who the graph's relations are attributed to, in first-cited order. */
function attributedActors(index: GraphIndex): string[] {
  const actors = new Set<string>();
  for (const edge of index.graph.edges) if (edge.attributedTo) actors.add(edge.attributedTo);
  return [...actors];
}
