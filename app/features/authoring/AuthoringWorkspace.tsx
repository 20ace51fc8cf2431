import './authoring.css';
import { useEffect } from 'react';
import { useAppStore } from '../../state/store';
import { AnnotateView } from './AnnotateView';
import { AuthoringBar } from './AuthoringBar';
import { IntakeView } from './IntakeView';
import { useAuthoring } from './store';
import { useDraftPreview } from './use-draft-preview';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/**
 * The authoring workspace: the intake of a new article, the annotation surface, or (in
 * preview) only its bar above the explorer, which shows the compiled draft.
 */
export function AuthoringWorkspace() {
  const mode = useAuthoring((s) => s.mode);
  const hasDoc = useAuthoring((s) => s.history !== null);
  const compiled = useDraftPreview();
  const draftId = compiled?.graph.id;

  useEffect(
    function showDraftInPreview() {
      // On entering preview (after a reload, the URL names the bundled graph) the draft is
      // what to show. Only then: a graph the user picks while previewing stays open.
      if (mode !== 'preview' || !draftId) return;
      const { source, openGraph } = useAppStore.getState();
      if (!(source.kind === 'draft' && source.id === draftId)) openGraph({ kind: 'draft', id: draftId });
    },
    [mode, draftId],
  );

  useEffect(function undoRedoKeys() {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || isTyping(event.target) || document.querySelector('dialog[open]')) return;
      const key = event.key.toLowerCase();
      const state = useAuthoring.getState();
      if (key === 'z' && !event.shiftKey) state.undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') state.redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const showIntake = mode === 'intake' || !hasDoc;
  return (
    <div className="authoring" data-mode={mode}>
      {!showIntake && <AuthoringBar graph={compiled?.graph ?? null} problems={compiled?.problems ?? []} />}
      {showIntake ? <IntakeView /> : mode === 'annotate' && <AnnotateView problems={compiled?.problems ?? []} warnings={compiled?.warnings ?? []} />}
    </div>
  );
}
