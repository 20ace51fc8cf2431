import { useMemo, type CSSProperties } from 'react';
import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { useDocAfterPaint } from './doc-hooks';
import { typeLooks } from './type-look';

/** What the mentions' colours, markers and underlines mean: the types used in the draft, and the other marks. */
export function MentionLegend() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const doc = useDocAfterPaint();
  const used = useMemo(() => {
    const types = new Set(doc.entities.map((e) => e.type));
    return [...typeLooks(doc, lang).values()].filter((look) => types.has(look.id));
  }, [doc, lang]);
  return (
    <div className="mention-legend" role="group" aria-label={t('ann.legend')}>
      <ul>
        {used.map((look) => (
          <li key={look.id}>
            <span className="ann-m mention-legend__sample" data-marker={look.marker} style={{ '--type-color': look.color, '--type-line': look.underline } as CSSProperties}>
              {look.label}
            </span>
          </li>
        ))}
        <li>
          <span className="ann-p mention-legend__sample" style={{ '--type-color': 'var(--muted)' } as CSSProperties}>
            {t('ann.legendProposal')}
          </span>
        </li>
        <li>
          <span className="seg--evidence">{t('ann.legendEvidence')}</span>
        </li>
      </ul>
    </div>
  );
}
