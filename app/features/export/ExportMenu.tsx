import { useState } from 'react';
import { useCurrentGraphQuery, useDarkMode, useT } from '../../state/hooks';
import { downloadBlob, exportFileName } from '../../shared/download';
import { useGraphHandleRef } from '../../shared/graph-handle';

/** Export what the canvas shows. */
export function ExportMenu() {
  const t = useT();
  const handle = useGraphHandleRef();
  const { data: graph } = useCurrentGraphQuery();
  const dark = useDarkMode();
  const [busy, setBusy] = useState(false);
  if (!graph) return null;
  const exportPng = async () => {
    const h = handle.current;
    if (!h) return;
    setBusy(true);
    try {
      const scale = Math.min(2, h.maxPngScale(true));
      const blob = await h.exportPng({ scale, full: true, background: dark ? '#151a21' : '#ffffff' });
      downloadBlob(blob, exportFileName(graph.id, 'png'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" className="toolbar-button" onClick={exportPng} disabled={busy} aria-busy={busy}>
      {t('export.png')}
    </button>
  );
}
