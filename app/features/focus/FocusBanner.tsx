import { useGraphIndex, useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';

/** Says what focus mode hides, lets the user change its depth, and leaves it. */
export function FocusBanner() {
  const t = useT();
  const index = useGraphIndex();
  const lang = useAppStore((s) => s.lang);
  const focus = useAppStore((s) => s.focus);
  const setFocus = useAppStore((s) => s.setFocus);
  if (!focus || !index) return null;
  const label = index.nodeById.get(focus.nodeId)?.label[lang] ?? focus.nodeId;
  return (
    <div className="focus-banner" role="region" aria-label={t('focus.banner', { label })}>
      <span>{t('focus.banner', { label })}</span>
      <div className="segmented" role="group" aria-label={t('focus.depth')}>
        {[1, 2].map((depth) => (
          <button key={depth} type="button" aria-pressed={focus.depth === depth} onClick={() => setFocus({ nodeId: focus.nodeId, depth })}>
            {depth === 1 ? t('focus.depth1') : t('focus.depth2')}
          </button>
        ))}
      </div>
      <button type="button" onClick={() => setFocus(null)}>
        {t('focus.exit')}
      </button>
    </div>
  );
}
