import { useShallow } from 'zustand/react/shallow';
import type { GraphIndex } from '../../domain/graph-index';
import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { categoryLabel } from '../../shared/labels';
import { categoryColor } from '../../shared/palette';

export function RelationTypeFilter({ index }: { index: GraphIndex }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const { hidden, setHidden } = useAppStore(useShallow((s) => ({ hidden: s.hiddenRelationTypes, setHidden: s.setRelationTypesHidden })));
  return (
    <section className="filter-section" aria-labelledby="relation-filter-title">
      <h2 id="relation-filter-title">{t('filters.relations')}</h2>
      {index.categories.map((category, order) => {
        // A type no relation uses filters nothing: a new graph that starts from a whole
        // vocabulary lists only what it has, and a category with nothing is left out.
        const types = index.graph.relationTypes.filter((r) => r.category === category && (index.edgeCountByType.get(r.id) ?? 0) > 0);
        if (types.length === 0) return null;
        const ids = types.map((r) => r.id);
        const label = categoryLabel(index, category, lang);
        const color = categoryColor(category, order);
        return (
          <fieldset key={category} className="filter-group" data-category={category}>
            <legend>
              <span className="swatch swatch--line" style={{ background: color }} aria-hidden="true" />
              {label}
            </legend>
            <div className="filter-group__bulk">
              <button
                type="button"
                className="link-button"
                aria-label={t('filters.allIn', { category: label })}
                onClick={() => setHidden(ids, false)}
              >
                {t('filters.all')}
              </button>
              <button type="button" className="link-button" aria-label={t('filters.noneIn', { category: label })} onClick={() => setHidden(ids, true)}>
                {t('filters.none')}
              </button>
            </div>
            {types.map((r) => {
              const countId = `count-${r.id}`;
              return (
                <label key={r.id} className="check">
                  <input
                    type="checkbox"
                    checked={!hidden.has(r.id)}
                    aria-label={r.label[lang]}
                    aria-describedby={countId}
                    onChange={(e) => setHidden([r.id], !e.target.checked)}
                  />
                  <span className="swatch swatch--line" style={{ background: color }} aria-hidden="true" />
                  <span className="check__label" aria-hidden="true">
                    {r.label[lang]}
                  </span>
                  <span className="count" id={countId}>
                    {index.edgeCountByType.get(r.id) ?? 0}
                  </span>
                </label>
              );
            })}
          </fieldset>
        );
      })}
    </section>
  );
}
