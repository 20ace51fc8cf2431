import { DeleteEntityDialog, DeleteRelationDialog, MergeDialog } from './ConfirmDialogs';
import { EntityDialog } from './EntityDialog';
import { EvidenceDialog } from './PickDialogs';
import { RelationDialog } from './RelationDialog';
import { TranslationDialog } from './TranslationDialog';

export type DialogState =
  | { kind: 'entity'; id?: string }
  | { kind: 'relation'; id?: string }
  | { kind: 'evidence'; relationId?: string }
  | { kind: 'merge'; id: string }
  | { kind: 'delete-entity'; id: string }
  | { kind: 'delete-relation'; id: string }
  | { kind: 'translation'; sentence: string };

/** The one open form of the annotation view. */
export function AuthoringDialog({ dialog, onClose }: { dialog: DialogState; onClose: () => void }) {
  switch (dialog.kind) {
    case 'entity':
      return <EntityDialog id={dialog.id} onClose={onClose} />;
    case 'relation':
      return <RelationDialog id={dialog.id} onClose={onClose} />;
    case 'evidence':
      return <EvidenceDialog relationId={dialog.relationId} onClose={onClose} />;
    case 'merge':
      return <MergeDialog id={dialog.id} onClose={onClose} />;
    case 'delete-entity':
      return <DeleteEntityDialog id={dialog.id} onClose={onClose} />;
    case 'delete-relation':
      return <DeleteRelationDialog id={dialog.id} onClose={onClose} />;
    case 'translation':
      return <TranslationDialog sentence={dialog.sentence} onClose={onClose} />;
  }
}
