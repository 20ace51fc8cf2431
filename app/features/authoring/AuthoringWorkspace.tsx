import { focusTarget } from '../../shared/focus-targets';
import './authoring.css';
import { useEffect } from 'react';
import { draftLocks, useDraftLocks } from '../../state/draft-lock';
import { useDrafts } from '../../state/drafts';
import { useShortcutScope } from '../../shared/keyboard/use-shortcut-scope';
import type { WorkspaceRoute } from '../../state/store';
import { AnnotateView } from './AnnotateView';
import { AuthoringBar } from './AuthoringBar';
import { stepDraft } from './doc-hooks';
import { DraftsList } from './DraftsList';
import { IntakeView } from './IntakeView';
import { MissingDraft } from './MissingDraft';
import { useAuthoring } from './store';
import { useDraftCompile } from './use-draft-compile';

/**
 * The authoring workspace, one page per route: the drafts list, the intake of a new
 * article, a draft's annotation surface, or (in preview) only its bar above the
 * explorer, which shows the draft's graph.
 */
export function AuthoringWorkspace({ route }: { route: WorkspaceRoute }) {
  const draft = 'draft' in route ? route.draft : null;
  const exists = useDrafts((s) => (draft ? draft in s.drafts : false));
  const hydrated = useDrafts((s) => s.hydrated);
  const compiled = useDraftCompile();
  const reset = useAuthoring((s) => s.reset);
  const editable = useDraftLocks((s) => (draft ? s.holds[draft] === 'held' : false));

  useEffect(
    function holdOpenDraft() {
      if (draft && exists) return draftLocks.hold(draft);
    },
    [draft, exists],
  );

  useEffect(
    function forgetSelectionOfOtherDraft() {
      reset();
    },
    [draft, reset],
  );

  // The authoring shell's keys, while a draft this tab holds is open (annotated or previewed).
  useShortcutScope(
    'authoring',
    {
      undo: (event) => {
        event.preventDefault();
        if (draft) stepDraft(draft, 'undo');
      },
      redo: (event) => {
        event.preventDefault();
        if (draft) stepDraft(draft, 'redo');
      },
      // Back to the article from anywhere on the page: the sentence the keyboard was last in.
      text: (event) => {
        if (focusTarget('annotation-text')) event.preventDefault();
      },
    },
    Boolean(draft && exists && editable),
  );

  if (route.page === 'drafts') return <Page page="drafts"><DraftsList /></Page>;
  if (route.page === 'new') return <Page page="new"><IntakeView /></Page>;
  if (!draft || !exists) return <Page page={route.page}>{hydrated && <MissingDraft id={draft ?? ''} />}</Page>;
  return (
    <Page page={route.page}>
      <AuthoringBar draft={draft} page={route.page} graph={compiled?.graph ?? null} problems={compiled?.problems ?? []} editable={editable} />
      {route.page === 'annotate' && (
        // Read-only while another tab edits the draft: readable, nothing to press.
        <div className="authoring__surface" inert={!editable}>
          <AnnotateView problems={compiled?.problems ?? []} warnings={compiled?.warnings ?? []} />
        </div>
      )}
    </Page>
  );
}

function Page({ page, children }: { page: WorkspaceRoute['page']; children: React.ReactNode }) {
  return (
    <div className="authoring" data-mode={page}>
      {children}
    </div>
  );
}
