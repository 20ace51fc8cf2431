import { useT } from '../../state/hooks';
import { useGraphHandleRef } from '../../shared/graph-handle';

export function GraphToolbar() {
  const t = useT();
  const handle = useGraphHandleRef();
  return (
    <div className="graph-toolbar" role="toolbar" aria-label={t('graph.fit')}>
      <button type="button" className="icon-button" aria-label={t('graph.zoomIn')} title={t('graph.zoomIn')} onClick={() => handle.current?.zoomBy(1.25)}>
        +
      </button>
      <button type="button" className="icon-button" aria-label={t('graph.zoomOut')} title={t('graph.zoomOut')} onClick={() => handle.current?.zoomBy(0.8)}>
        −
      </button>
      <button type="button" className="icon-button" aria-label={t('graph.fit')} title={`${t('graph.fit')} (F)`} onClick={() => handle.current?.fit()}>
        ⤢
      </button>
    </div>
  );
}
