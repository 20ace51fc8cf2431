import { useState } from 'react';
import { edgeSentence, type GraphIndex } from '../../domain/graph-index';
import type { Lang } from '../../domain/schema';
import { useGraphIndex, useT } from '../../state/hooks';
import { useAppStore, type Selection } from '../../state/store';
import type { Translate } from '../../shared/i18n/translate';
import { nodeTypeLabel } from '../../shared/labels';

/**
 * Says selection changes out loud through a polite live region. The message is derived
 * from the store while rendering; it stays empty until something changes after the first
 * render, so opening a link does not announce the selection it carries.
 */
export function Announcer() {
  const t = useT();
  const index = useGraphIndex();
  const lang = useAppStore((s) => s.lang);
  const selection = useAppStore((s) => s.selection);
  const [initial] = useState(() => ({ index, selection, lang }));
  const [changed, setChanged] = useState(false);
  // Storing what the previous render saw, as React's docs do, instead of an effect.
  if (!changed && (index !== initial.index || selection !== initial.selection || lang !== initial.lang)) setChanged(true);
  const message = changed && index ? describeSelection(index, selection, lang, t) : '';
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="announcer">
      {message}
    </div>
  );
}

function describeSelection(index: GraphIndex, selection: Selection | null, lang: Lang, t: Translate): string {
  if (!selection) return t('announce.cleared');
  if (selection.kind === 'node') {
    const node = index.nodeById.get(selection.id);
    if (!node) return '';
    return t('announce.selectedNode', {
      label: node.label[lang],
      type: nodeTypeLabel(index, node.type, lang),
      count: index.edgesByNode.get(node.id)?.length ?? 0,
    });
  }
  const edge = index.edgeById.get(selection.id);
  return edge ? t('announce.selectedEdge', { sentence: edgeSentence(index, edge, lang) }) : '';
}
