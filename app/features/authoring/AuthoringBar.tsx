import { useState } from 'react';
import { downloadBlob } from '../../shared/download';
import type { Graph } from '../../domain/schema';
import { serializeGraph } from '../../domain/serialize';
import type { Problem } from '../../domain/validate';
import { draftLocks, useDraftLocks } from '../../state/draft-lock';
import { useDrafts } from '../../state/drafts';
import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { addGraphToOpenCorpus } from '../../state/corpus-actions';
import { stepDraft } from './doc-hooks';
import { doneMessage, refusalMessage } from './messages';
import { useAuthoring } from './store';

/** The graph file a draft exports to: what is previewed is what is written. */
export function downloadGraph(graph: Graph): string {
  const name = `${graph.id}.graph.json`;
  downloadBlob(new Blob([serializeGraph(graph)], { type: 'application/json' }), name);
  return name;
}

/** Undo/redo, annotate or preview, export, the drafts, close; and what happened last. */
export function AuthoringBar({
  draft,
  graph,
  problems,
  page,
  editable,
}: {
  draft: string;
  graph: Graph | null;
  problems: Problem[];
  page: 'annotate' | 'preview';
  editable: boolean;
}) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const openWorkspace = useAppStore((s) => s.openWorkspace);
  const canUndo = useDrafts((s) => (s.drafts[draft]?.history.past.length ?? 0) > 0);
  const canRedo = useDrafts((s) => (s.drafts[draft]?.history.future.length ?? 0) > 0);
  const save = useDrafts((s) => s.save);
  const corpusOpen = useAppStore((s) => s.source.kind === 'corpus');
  const notice = useAuthoring((s) => s.notice);
  const [exported, setExported] = useState<string | null>(null);
  const hold = useDraftLocks((s) => s.holds[draft]);

  const exportGraph = () => {
    if (!graph) return;
    const name = downloadGraph(graph);
    setExported(problems.length ? t('author.exportedWithProblems', { name, count: problems.length }) : t('author.exported', { name }));
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
        <button type="button" onClick={() => stepDraft(draft, 'undo')} disabled={!canUndo || !editable} aria-keyshortcuts="Control+Z" title={`${t('author.undo')} (Ctrl+Z)`}>
          {t('author.undo')}
        </button>
        <button type="button" onClick={() => stepDraft(draft, 'redo')} disabled={!canRedo || !editable} aria-keyshortcuts="Control+Shift+Z" title={`${t('author.redo')} (Ctrl+Shift+Z)`}>
          {t('author.redo')}
        </button>
        <div className="segmented" role="group" aria-label={t('author.view')}>
          <button type="button" aria-pressed={page === 'annotate'} onClick={() => openWorkspace({ page: 'annotate', draft })}>
            {t('author.annotate')}
          </button>
          <button type="button" aria-pressed={page === 'preview'} onClick={() => openWorkspace({ page: 'preview', draft })}>
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
              openWorkspace(null);
            }
          }}
        >
          {t('author.addToCorpus')}
        </button>
        <button type="button" onClick={() => openWorkspace({ page: 'drafts' })}>
          {t('drafts.open')}
        </button>
        <button type="button" onClick={() => openWorkspace({ page: 'new' })}>
          {t('author.newGraph')}
        </button>
        <button type="button" onClick={() => openWorkspace(null)}>
          {t('author.close')}
        </button>
      </div>
      {hold === 'elsewhere' && (
        <div className="authoring-bar__readonly" role="status">
          <p>{t('drafts.readOnly')}</p>
          <button type="button" className="primary" onClick={() => draftLocks.takeOver(draft)}>
            {t('drafts.takeOver')}
          </button>
        </div>
      )}
      <p className="authoring-bar__status" role="status">
        {save === 'saved' ? t('author.saved') : ''}
        {exported && <span> {exported}</span>}
        {notice?.kind === 'info' && <span> {doneMessage(t, notice.notice)}</span>}
      </p>
      {/* A refusal floats over the page's foot: it never moves the text the user is pointing at. */}
      <div className="authoring-bar__alert" role="alert">
        {notice?.kind === 'error' && <p>{refusalMessage(t, notice.error)}</p>}
        {(save === 'quota' || save === 'failed') && (
          <p>
            {t(save === 'quota' ? 'author.saveQuota' : 'author.saveFailed')}{' '}
            <button type="button" onClick={exportGraph} disabled={!graph}>
              {t('author.exportNow')}
            </button>
          </p>
        )}
      </div>
    </section>
  );
}
