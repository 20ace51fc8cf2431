import { useState } from 'react';
import type { Problem } from '../../domain/validate';
import { useT } from '../../state/hooks';
import { ChecksList, EntityList, RelationList } from './AnnotationLists';
import { AuthoringDialog, type DialogState } from './dialogs';
import { ProposalsPanel } from './ProposalsPanel';
import { SentenceList } from './SentenceList';
import { SpanActions } from './SpanActions';
import { MAIN_ID } from '../../shared/ids';
import { useProposals } from './use-proposals';
import { VocabularyButton } from './VocabularyPanel';

const KEYS_HELP_ID = 'ann-keys-help';

/** The annotation surface: the article to select in, and what has been made of it. */
export function AnnotateView({ problems, warnings }: { problems: Problem[]; warnings: Problem[] }) {
  const t = useT();
  const [dialog, setDialog] = useState<DialogState | null>(null);
  const proposals = useProposals();
  return (
    <main id={MAIN_ID} className="annotate" tabIndex={-1}>
      <section className="annotate__text" aria-labelledby="ann-article">
        <h3 id="ann-article">{t('author.article')}</h3>
        <p id={KEYS_HELP_ID} className="muted annotate__help">
          {t('author.keysHelp')}
        </p>
        <SpanActions onOpen={setDialog} />
        <SentenceList keysHelpId={KEYS_HELP_ID} proposals={proposals.proposals} onProposal={proposals.onProposal} />
      </section>
      <div className="annotate__side">
        <VocabularyButton />
        <EntityList onOpen={setDialog} />
        <ProposalsPanel {...proposals} />
        <RelationList onOpen={setDialog} />
        <ChecksList problems={problems} warnings={warnings} />
      </div>
      {dialog && <AuthoringDialog dialog={dialog} onClose={() => setDialog(null)} />}
    </main>
  );
}
