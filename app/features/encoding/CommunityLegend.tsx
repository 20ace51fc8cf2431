import type { GraphAnalysis } from '../../domain/analysis';
import type { GraphIndex } from '../../domain/graph-index';
import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { communityColor, COMMUNITY_COLORS } from '../../shared/palette';

/** The largest communities with their colour and most central members (colours repeat after the palette's length). */
export function CommunityLegend({ index, analysis }: { index: GraphIndex; analysis: GraphAnalysis }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const shown = analysis.communities.filter((c) => c.members.length > 1).slice(0, COMMUNITY_COLORS.length);
  return (
    <section className="community-legend" aria-labelledby="community-legend">
      <h2 id="community-legend">{t('scene.communityLegend')}</h2>
      <ul>
        {shown.map((c) => (
          <li key={c.id}>
            <span className="swatch" style={{ background: communityColor(c.id) }} aria-hidden="true" />
            {t('scene.community', {
              number: c.id + 1,
              names: c.members
                .slice(0, 3)
                .map((id) => index.nodeById.get(id)?.label[lang] ?? id)
                .join(lang === 'ar' ? '، ' : ', '),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
