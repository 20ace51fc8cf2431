import { useEffect } from 'react';
import { useT } from '../../state/hooks';
import { useAuthoring } from './store';

/** "New graph…" in the header: opens the authoring workspace; restores a saved draft once. */
export function NewGraphButton() {
  const t = useT();
  const mode = useAuthoring((s) => s.mode);
  const setMode = useAuthoring((s) => s.setMode);
  const restore = useAuthoring((s) => s.restore);
  useEffect(
    function restoreDraftOnStart() {
      void restore();
    },
    [restore],
  );
  if (mode !== 'off') return null;
  return (
    <button type="button" className="toolbar-button" onClick={() => setMode('intake')}>
      {t('author.newGraph')}
    </button>
  );
}
