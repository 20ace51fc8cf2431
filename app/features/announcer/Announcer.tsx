import { useEffect, useRef, useState } from 'react';
import { edgeSentence } from '../../domain/graph-index';
import { useGraphIndex, useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { nodeTypeLabel } from '../../shared/labels';

/** Says selection changes out loud through a polite live region. */
export function Announcer() {
  const t = useT();
  const index = useGraphIndex();
  const lang = useAppStore((s) => s.lang);
  const selection = useAppStore((s) => s.selection);
  const [message, setMessage] = useState('');
  const first = useRef(true);
  useEffect(
    function announceSelection() {
      if (first.current) {
        first.current = false;
        return;
      }
      if (!index) return;
      if (!selection) {
        setMessage(t('announce.cleared'));
      } else if (selection.kind === 'node') {
        const node = index.nodeById.get(selection.id);
        if (node) {
          setMessage(
            t('announce.selectedNode', {
              label: node.label[lang],
              type: nodeTypeLabel(index, node.type, lang),
              count: index.edgesByNode.get(node.id)?.length ?? 0,
            }),
          );
        }
      } else {
        const edge = index.edgeById.get(selection.id);
        if (edge) setMessage(t('announce.selectedEdge', { sentence: edgeSentence(index, edge, lang) }));
      }
    },
    [index, selection, lang, t],
  );
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="announcer">
      {message}
    </div>
  );
}
