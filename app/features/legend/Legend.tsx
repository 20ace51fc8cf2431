import { useState } from 'react';
import { useGraphIndex, useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { categoryLabel } from '../../shared/labels';
import { categoryColor, nodeStyle } from '../../shared/palette';
import { LegendShape } from './LegendShape';

/** What the colours and shapes mean, for the types this graph uses. */
export function Legend() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const index = useGraphIndex();
  // Closed at first: the filter panel already shows each colour and shape beside its name.
  const [open, setOpen] = useState(false);
  if (!index) return null;
  const nodeTypes = index.graph.nodeTypes.filter((type) => (index.nodeCountByType.get(type.id) ?? 0) > 0);
  return (
    <section className={`legend${open ? '' : ' legend--closed'}`} aria-label={t('graph.legend')}>
      <button type="button" className="legend__toggle" aria-expanded={open} onClick={() => setOpen((v) => !v)}>
        {open ? t('graph.hideLegend') : t('graph.showLegend')}
      </button>
      {open && (
        // Focusable, since it scrolls when the canvas is short.
        <div className="legend__body" tabIndex={0} role="group" aria-label={t('graph.legend')}>
          <div>
            <h2>{t('graph.legendNodes')}</h2>
            <ul>
              {nodeTypes.map((type, i) => {
                const style = nodeStyle(type.id, i, type.color);
                return (
                  <li key={type.id}>
                    <LegendShape shape={style.shape} color={style.color} />
                    {type.label[lang]}
                  </li>
                );
              })}
            </ul>
          </div>
          <div>
            <h2>{t('graph.legendRelations')}</h2>
            <ul>
              {index.categories.map((category, i) => (
                <li key={category}>
                  <span className="swatch swatch--line" style={{ background: categoryColor(category, i, index.ownColor.category.get(category)) }} aria-hidden="true" />
                  {categoryLabel(index, category, lang)}
                </li>
              ))}
            </ul>
          </div>
          <div>
            <h2>{t('graph.legendLines')}</h2>
            <ul>
              <li>
                <span className="legend__line legend__line--directed" aria-hidden="true" />
                {t('graph.lineDirected')}
              </li>
              <li>
                <span className="legend__line legend__line--dashed" aria-hidden="true" />
                {t('graph.lineUndirected')}
              </li>
              {index.graph.edges.some((e) => e.inferred) && (
                <li>
                  <span className="legend__line legend__line--dotted" aria-hidden="true" />
                  {t('graph.lineInferred')}
                </li>
              )}
            </ul>
          </div>
        </div>
      )}
    </section>
  );
}
