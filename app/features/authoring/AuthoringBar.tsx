import { useState } from 'react';
import { downloadBlob } from '../../shared/download';
import type { Graph } from '../../domain/schema';
import { serializeGraph } from '../../domain/serialize';
import type { Problem } from '../../domain/validate';
import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { addGraphToOpenCorpus } from '../../state/corpus-actions';
import { errorMessage } from './messages';
import { useAuthoring } from './store';

/** Undo/redo, annotate or preview, export, close; and what happened last. */
export function AuthoringBar({ graph, problems }: { graph: Graph | null; problems: Problem[] }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const openGraph = useAppStore((s) => s.openGraph);
  const corpusOpen = useAppStore((s) => s.source.kind === 'corpus');
  const mode = useAuthoring((s) => s.mode);
  const setMode = useAuthoring((s) => s.setMode);
  const canUndo = useAuthoring((s) => (s.history?.past.length ?? 0) > 0);
  const canRedo = useAuthoring((s) => (s.history?.future.length ?? 0) > 0);
  const undo = useAuthoring((s) => s.undo);
  const redo = useAuthoring((s) => s.redo);
  const save = useAuthoring((s) => s.save);
  const notice = useAuthoring((s) => s.notice);
  const [exported, setExported] = useState<string | null>(null);

  const exportGraph = () => {
    if (!graph) return;
    const name = `${graph.id}.graph.json`;
    downloadBlob(new Blob([serializeGraph(graph)], { type: 'application/json' }), name);
    setExported(problems.length ? t('author.exportedWithProblems', { name, count: problems.length }) : t('author.exported', { name }));
  };
  const preview = () => {
    if (graph) openGraph({ kind: 'draft', id: graph.id });
    setMode('preview');
  };

  return (
    <section className="authoring-bar" aria-labelledby="authoring-title">
      <div className="authoring-bar__title">
        <h2 id="authoring-title">{t('author.workspace')}</h2>
        {graph && (
          <p className="authoring-bar__doc" dir="auto">
            {graph.article.title[lang]} <code dir="ltr">{graph.id}</code>
          </p>
        )}
      </div>
      <div className="authoring-bar__tools">
        <button type="button" onClick={undo} disabled={!canUndo} aria-keyshortcuts="Control+Z" title={`${t('author.undo')} (Ctrl+Z)`}>
          {t('author.undo')}
        </button>
        <button type="button" onClick={redo} disabled={!canRedo} aria-keyshortcuts="Control+Shift+Z" title={`${t('author.redo')} (Ctrl+Shift+Z)`}>
          {t('author.redo')}
        </button>
        <div className="segmented" role="group" aria-label={t('author.view')}>
          <button type="button" aria-pressed={mode === 'annotate'} onClick={() => setMode('annotate')}>
            {t('author.annotate')}
          </button>
          <button type="button" aria-pressed={mode === 'preview'} onClick={preview}>
            {t('author.preview')}
          </button>
        </div>
        <button type="button" onClick={exportGraph} disabled={!graph}>
          {t('author.export')}
        </button>
        <button
          type="button"
          disabled={!graph || !corpusOpen}
          title={corpusOpen ? t('author.addToCorpusLabel') : t('author.addToCorpusNone')}
          onClick={() => {
            if (graph && addGraphToOpenCorpus(graph, new Date().toISOString().slice(0, 10))) {
              useAppStore.getState().setPanel('corpus');
              setMode('off');
            }
          }}
        >
          {t('author.addToCorpus')}
        </button>
        <button type="button" onClick={() => setMode('intake')}>
          {t('author.newGraph')}
        </button>
        <button type="button" onClick={() => setMode('off')}>
          {t('author.close')}
        </button>
      </div>
      <p className="authoring-bar__status" role="status">
        {save === 'saving' ? t('author.saving') : save === 'saved' ? t('author.saved') : save === 'failed' ? t('author.saveFailed') : ''}
        {exported && <span> {exported}</span>}
        {notice?.kind === 'info' && <span> {errorMessage(t, notice.error)}</span>}
      </p>
      <div className="authoring-bar__alert" role="alert">
        {notice?.kind === 'error' && <p>{errorMessage(t, notice.error)}</p>}
      </div>
    </section>
  );
}
