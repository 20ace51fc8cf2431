import { useEffect, useRef, useState } from 'react';
import { bundledGraphs } from '../../data/bundled-graphs';
import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { LoadError } from './LoadError';
import { useOpenGraph } from './use-open-graph';

/** Pick a bundled graph, open one from disk (button or drop), and say why one failed. */
export function GraphSourceBar() {
  const t = useT();
  const source = useAppStore((s) => s.source);
  const lang = useAppStore((s) => s.lang);
  const { openFile, openSource, failure, dismiss, busy } = useOpenGraph();
  const inputRef = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  useEffect(
    function acceptDroppedFiles() {
      let depth = 0;
      const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');
      const onEnter = (e: DragEvent) => {
        if (!hasFiles(e)) return;
        depth += 1;
        setDragging(true);
      };
      const onLeave = () => {
        depth = Math.max(0, depth - 1);
        if (depth === 0) setDragging(false);
      };
      const onOver = (e: DragEvent) => {
        if (hasFiles(e)) e.preventDefault();
      };
      const onDrop = (e: DragEvent) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        depth = 0;
        setDragging(false);
        const file = e.dataTransfer?.files[0];
        if (file) void openFile(file);
      };
      window.addEventListener('dragenter', onEnter);
      window.addEventListener('dragleave', onLeave);
      window.addEventListener('dragover', onOver);
      window.addEventListener('drop', onDrop);
      return () => {
        window.removeEventListener('dragenter', onEnter);
        window.removeEventListener('dragleave', onLeave);
        window.removeEventListener('dragover', onOver);
        window.removeEventListener('drop', onDrop);
      };
    },
    [openFile],
  );

  const current = source.kind === 'bundled' ? source.id : '__other__';
  return (
    <>
      <div className="source-bar">
        <label htmlFor="graph-picker" className="visually-hidden">
          {t('loader.picker')}
        </label>
        <select
          id="graph-picker"
          value={current}
          onChange={(e) => {
            if (e.target.value !== '__other__') void openSource(e.target.value, { kind: 'bundled', id: e.target.value });
          }}
        >
          <optgroup label={t('loader.bundled')}>
            {bundledGraphs.map((g) => (
              <option key={g.id} value={g.id}>
                {g.title?.[lang] ?? g.id}
              </option>
            ))}
          </optgroup>
          {source.kind !== 'bundled' && <option value="__other__">{source.kind === 'file' ? source.name : source.kind === 'draft' ? source.id : source.url}</option>}
        </select>
        <button type="button" className="toolbar-button" title={t('loader.openLabel')} onClick={() => inputRef.current?.click()}>
          {t('loader.open')}
        </button>
        <input
          ref={inputRef}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="graph-file-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void openFile(file);
          }}
        />
        {busy && (
          <span role="status" className="muted">
            {t('loader.reading', { name: busy })}
          </span>
        )}
      </div>
      {failure && (
        <div className="source-failure">
          <LoadError title={t('loader.failed', { name: failure.name })} message={failure.message} problems={failure.problems} technical={failure.technical}>
            <p>{t('loader.kept')}</p>
            <button type="button" onClick={dismiss}>
              {t('loader.dismiss')}
            </button>
          </LoadError>
        </div>
      )}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>{t('loader.drop')}</p>
        </div>
      )}
    </>
  );
}
