import type { GraphAnalysis } from '../../domain/analysis';
import type { GraphIndex } from '../../domain/graph-index';
import { SCENE_BUDGET, type Scene } from '../../domain/scene';
import { staleSceneRefs } from '../../domain/scene-refs';
import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import './scene-nav.css';

/** A community named by its number (1-based, as a reader counts) and its most central members. */
function communityName(index: GraphIndex, analysis: GraphAnalysis, community: number, lang: 'ar' | 'en', count = 2): string {
  const members = analysis.communities[community]?.members.slice(0, count) ?? [];
  return members.map((id) => index.nodeById.get(id)?.label[lang] ?? id).join(lang === 'ar' ? '، ' : ', ');
}

/**
 * Where the reader is in a graph too large to draw whole: a breadcrumb from the overview
 * to the communities opened, and in the overview the communities as a list of buttons
 * (the canvas's meta-nodes, reachable by keyboard and named for screen readers).
 */
export function SceneNav({ index, scene, analysis }: { index: GraphIndex; scene: Scene; analysis: GraphAnalysis }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const setScenePath = useAppStore((s) => s.setScenePath);
  const openCommunity = useAppStore((s) => s.openCommunity);
  const crumbs = scene.path;
  const stale = useAppStore((s) => staleSceneRefs(s.scene, analysis, (id) => index.nodeById.has(id)));
  return (
    <div className="scene-nav">
      <nav aria-label={t('scene.nav')}>
        <ol className="scene-nav__crumbs">
          <li>
            {scene.kind === 'overview' ? (
              <span aria-current="location">{t('scene.overview')}</span>
            ) : (
              <button type="button" className="link-button" onClick={() => setScenePath([])}>
                {t('scene.overview')}
              </button>
            )}
          </li>
          {crumbs.map((c, i) => {
            const label = t('scene.community', { number: c + 1, names: communityName(index, analysis, c, lang) });
            return (
              <li key={c}>
                {i === crumbs.length - 1 ? (
                  <span aria-current="location">{label}</span>
                ) : (
                  <button type="button" className="link-button" onClick={() => setScenePath(crumbs.slice(0, i + 1))}>
                    {label}
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      </nav>
      {stale > 0 && (
        <p className="scene-nav__note" role="status">
          {t('scene.staleLink', { count: stale })}
        </p>
      )}
      {scene.leftOut > 0 && <p className="scene-nav__note">{t('scene.leftOut', { count: scene.leftOut, budget: SCENE_BUDGET })}</p>}
      {scene.kind === 'overview' && (
        <details className="scene-nav__communities">
          <summary>{t('scene.communities', { count: scene.meta.length })}</summary>
          <ul>
            {scene.meta.map((m) => (
              <li key={m.id}>
                <button type="button" className="link-button" onClick={() => openCommunity(m.community)}>
                  {t('scene.openCommunity', { number: m.community + 1, count: m.size, names: communityName(index, analysis, m.community, lang, 3) })}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
