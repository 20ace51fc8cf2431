import type { GraphIndex } from '../../domain/graph-index';
import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { nodeStyle } from '../../shared/palette';

export function NodeTypeFilter({ index }: { index: GraphIndex }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const hidden = useAppStore((s) => s.hiddenNodeTypes);
  const setHidden = useAppStore((s) => s.setNodeTypesHidden);
  const types = index.graph.nodeTypes.filter((type) => (index.nodeCountByType.get(type.id) ?? 0) > 0);
  return (
    <fieldset className="filter-group">
      <legend>{t('filters.entities')}</legend>
      {types.map((type, order) => {
        const countId = `node-count-${type.id}`;
        return (
          <label key={type.id} className="check">
            <input
              type="checkbox"
              checked={!hidden.has(type.id)}
              aria-label={type.label[lang]}
              aria-describedby={countId}
              onChange={(e) => setHidden([type.id], !e.target.checked)}
            />
            <span className="swatch" style={{ background: nodeStyle(type.id, order, type.color).color }} aria-hidden="true" />
            <span className="check__label" aria-hidden="true">
              {type.label[lang]}
            </span>
            <span className="count" id={countId}>
              {index.nodeCountByType.get(type.id) ?? 0}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
