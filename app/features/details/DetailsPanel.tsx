import { useDeferredValue } from 'react';
import { useGraphIndex, useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { MARK, useMarkShown } from '../../shared/marks';
import { EdgeDetails } from './EdgeDetails';
import { NodeDetails } from './NodeDetails';

/**
 * What the selection says, with the sentences behind it. Drawn in a render of its own
 * right after the click's: the canvas marks the selection under the pointer first, and
 * this panel's new content (the heaviest part of a click) no longer delays that frame.
 */
export function DetailsPanel() {
  const t = useT();
  const index = useGraphIndex();
  const selection = useDeferredValue(useAppStore((s) => s.selection));
  const clear = useAppStore((s) => s.clearSelection);
  const node = selection?.kind === 'node' ? index?.nodeById.get(selection.id) : undefined;
  const edge = selection?.kind === 'edge' ? index?.edgeById.get(selection.id) : undefined;
  useMarkShown(MARK.selectionShown, node ? `node ${node.id}` : edge ? `edge ${edge.id}` : null);
  if (!index) return null;
  return (
    <div className="details-panel">
      {selection && (
        <button type="button" className="close-button" aria-label={t('details.close')} title={`${t('details.close')} (Esc)`} onClick={clear}>
          ×
        </button>
      )}
      {node && <NodeDetails key={node.id} index={index} node={node} />}
      {edge && <EdgeDetails key={edge.id} index={index} edge={edge} />}
      {!node && !edge && <p className="empty-hint">{t('details.empty')}</p>}
    </div>
  );
}
