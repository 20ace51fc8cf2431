import './annotate-text.css';
import { useRef, useState } from 'react';
import type { Problem } from '../../domain/validate';
import type { AnnotationProblem } from '../../domain/annotation/schema';
import { useT } from '../../state/hooks';
import { ChecksList, EntityList, RelationList } from './AnnotationLists';
import { AuthoringDialog, type DialogState } from './dialogs';
import { EntityPanel } from './EntityPanel';
import { MentionLegend } from './MentionLegend';
import { RelationCandidates } from './RelationCandidates';
import { RelationPicker } from './RelationPicker';
import { SentenceList, type TextHandle } from './SentenceList';
import { ProposalsPanel } from './ProposalsPanel';
import { SpanActions } from './SpanActions';
import { TypePalette } from './TypePalette';
import { TextFind } from './TextFind';
import { useTextPick } from './text-store';
import { MAIN_ID } from '../../shared/ids';
import { useProposals } from './use-proposals';
import { VocabularyButton } from './VocabularyPanel';

const KEYS_HELP_ID = 'ann-keys-help';
const MORE_KEYS_ID = 'ann-keys-more';

/** The annotation surface: the article to select in, and what has been made of it. */
export function AnnotateView({ problems, warnings }: { problems: Problem[]; warnings: AnnotationProblem[] }) {
  const t = useT();
  const [dialog, setDialog] = useState<DialogState | null>(null);
  const text = useRef<TextHandle>(null);
  const findRef = useRef<HTMLInputElement>(null);
  const relating = useTextPick((s) => s.target !== null);
  const pickingEnd = useTextPick((s) => s.choosing !== null || s.source !== null);
  const proposals = useProposals();
  return (
    <main id={MAIN_ID} className="annotate" tabIndex={-1}>
      <section className="annotate__text" aria-labelledby="ann-article">
        <h3 id="ann-article">{t('author.article')}</h3>
        <p id={KEYS_HELP_ID} className="muted annotate__help">
          {t('author.keysHelp')}
        </p>
        <details className="muted annotate__help">
          <summary>{t('ann.moreKeys')}</summary>
          <p id={MORE_KEYS_ID}>{t('ann.keysHelp')}</p>
        </details>
        <div className="annotate__tools">
          {relating ? <RelationPicker text={text} /> : pickingEnd ? <RelationCandidates text={text} /> : <TypePalette text={text} findRef={findRef} />}
          <TextFind text={text} proposals={proposals.proposals} />
          <SpanActions onOpen={setDialog} text={text} />
        </div>
        <MentionLegend />
        <SentenceList ref={text} keysHelpId={`${KEYS_HELP_ID} ${MORE_KEYS_ID}`} findRef={findRef} proposals={proposals.proposals} proposalsNow={proposals.proposalsNow} onProposal={proposals.onProposal} acceptAll={proposals.acceptAll} />
      </section>
      <div className="annotate__side">
        <VocabularyButton />
        <EntityPanel text={text} />
        <EntityList onOpen={setDialog} />
        <ProposalsPanel {...proposals} />
        <RelationList onOpen={setDialog} />
        <ChecksList problems={problems} warnings={warnings} />
      </div>
      {dialog && <AuthoringDialog dialog={dialog} onClose={() => setDialog(null)} />}
    </main>
  );
}
