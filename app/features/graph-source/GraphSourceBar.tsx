import { useEffect, useRef, useState } from 'react';
import { bundledGraphs } from '../../data/bundled-graphs';
import { bundledCorpora } from '../../data/bundled-corpora';
import { corpusSourceFromFiles } from './open-corpus-files';
import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { CsvMappingDialog } from './CsvMappingDialog';
import { LoadError } from './LoadError';
import { useOpenGraph } from './use-open-graph';

/** Pick a bundled graph, open one from disk (button or drop), and say why one failed. */
export function GraphSourceBar() {
  const t = useT();
  const source = useAppStore((s) => s.source);
  const lang = useAppStore((s) => s.lang);
  const { openFiles, openSource, failure, dismiss, busy, pendingCsv, openMappedCsv, cancelCsv } = useOpenGraph();
  const inputRef = useRef<HTMLInputElement>(null);
  const corpusInputRef = useRef<HTMLInputElement>(null);
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
        const files = [...(e.dataTransfer?.files ?? [])];
        if (files.length > 0) void openFiles(files);
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
    [openFiles],
  );

  const current = source.kind === 'bundled' ? source.id : source.kind === 'corpus' && source.ref.from === 'bundled' ? `corpus:${source.ref.id}` : '__other__';
  const otherName =
    source.kind === 'file' ? source.name : source.kind === 'draft' ? source.id : source.kind === 'url' ? source.url : source.kind === 'corpus' ? (source.ref.from === 'file' ? source.ref.name : source.ref.from === 'url' ? source.ref.url : source.ref.id) : '';
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
            const value = e.target.value;
            if (value.startsWith('corpus:')) void openSource(value.slice(7), { kind: 'corpus', ref: { from: 'bundled', id: value.slice(7) } });
            else if (value !== '__other__') void openSource(value, { kind: 'bundled', id: value });
          }}
        >
          <optgroup label={t('loader.bundled')}>
            {bundledGraphs.map((g) => (
              <option key={g.id} value={g.id}>
                {g.title?.[lang] ?? g.id}
              </option>
            ))}
          </optgroup>
          {bundledCorpora.length > 0 && (
            <optgroup label={t('loader.corpora')}>
              {bundledCorpora.map((c) => (
                <option key={c.id} value={`corpus:${c.id}`}>
                  {t('loader.corpusOption', { id: c.id })}
                </option>
              ))}
            </optgroup>
          )}
          {current === '__other__' && <option value="__other__">{otherName}</option>}
        </select>
        <button type="button" className="toolbar-button" title={t('loader.openLabel')} onClick={() => inputRef.current?.click()}>
          {t('loader.open')}
        </button>
        <input
          ref={inputRef}
          type="file"
          accept=".json,.gexf,.graphml,.xml,.csv,.tsv,application/json,text/csv"
          multiple
          hidden
          data-testid="graph-file-input"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            if (files.length > 0) void openFiles(files);
          }}
        />
        <button type="button" className="toolbar-button" title={t('loader.openCorpusLabel')} onClick={() => corpusInputRef.current?.click()}>
          {t('loader.openCorpus')}
        </button>
        <input
          ref={corpusInputRef}
          type="file"
          accept=".json,application/json"
          multiple
          hidden
          aria-label={t('loader.openCorpusLabel')}
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            if (files.length === 0) return;
            void corpusSourceFromFiles(files).then((picked) => {
              if ('source' in picked) void openSource(picked.name, picked.source);
              else void openFiles(files.slice(0, 1));
            });
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
      {pendingCsv && (
        <CsvMappingDialog tables={pendingCsv.tables} initial={pendingCsv.mapping} onOpen={(m) => void openMappedCsv(m)} onCancel={cancelCsv} />
      )}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>{t('loader.drop')}</p>
        </div>
      )}
    </>
  );
}
