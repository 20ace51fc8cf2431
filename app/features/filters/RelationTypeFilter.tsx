import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { GraphIndex } from '../../domain/graph-index';
import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { categoryLabel } from '../../shared/labels';
import { categoryColor } from '../../shared/palette';

export function RelationTypeFilter({ index }: { index: GraphIndex }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const { hidden, setHidden, showOnly } = useAppStore(
    useShallow((s) => ({ hidden: s.hiddenRelationTypes, setHidden: s.setRelationTypesHidden, showOnly: s.showOnlyRelationTypes })),
  );
  // Which categories the reader folded away: how the panel looks, not what the canvas shows.
  const [folded, setFolded] = useState<ReadonlySet<string>>(() => new Set());
  const toggle = (category: string) =>
    setFolded((prev) => {
      const next = new Set(prev);
      if (!next.delete(category)) next.add(category);
      return next;
    });
  const used = index.graph.relationTypes.filter((r) => (index.edgeCountByType.get(r.id) ?? 0) > 0).map((r) => r.id);
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
        const color = categoryColor(category, order, index.ownColor.category.get(category));
        const open = !folded.has(category);
        const bodyId = `relation-filter-${category}`;
        return (
          <fieldset key={category} className="filter-group" data-category={category}>
            <legend>
              <button type="button" className="filter-group__toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => toggle(category)}>
                <svg className="filter-group__chevron" viewBox="0 0 10 10" width="10" height="10" aria-hidden="true" focusable="false">
                  <path d="M3 1.5 7 5 3 8.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
                </svg>
                <span className="swatch swatch--line" style={{ background: color }} aria-hidden="true" />
                {label}
              </button>
            </legend>
            <div id={bodyId} hidden={!open}>
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
              <button type="button" className="link-button" aria-label={t('filters.onlyIn', { category: label })} onClick={() => showOnly(used, ids)}>
                {t('filters.only')}
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
                  <button
                    type="button"
                    className="link-button filter-only"
                    aria-label={t('filters.onlyType', { type: r.label[lang] })}
                    title={t('filters.onlyType', { type: r.label[lang] })}
                    onClick={(e) => {
                      // Inside the label: the click must not also toggle the checkbox.
                      e.preventDefault();
                      showOnly(used, [r.id]);
                    }}
                  >
                    {t('filters.only')}
                  </button>
                </label>
              );
            })}
            </div>
          </fieldset>
        );
      })}
    </section>
  );
}
