import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';

export function ViewSwitch() {
  const t = useT();
  const view = useAppStore((s) => s.view);
  const setView = useAppStore((s) => s.setView);
  return (
    <div className="segmented" role="group" aria-label={t('header.view')}>
      <button type="button" aria-pressed={view === 'graph'} onClick={() => setView('graph')}>
        {t('header.viewGraph')}
      </button>
      <button type="button" aria-pressed={view === 'list'} onClick={() => setView('list')}>
        {t('header.viewList')}
      </button>
    </div>
  );
}
