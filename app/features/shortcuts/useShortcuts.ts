import { useEffect, useRef } from 'react';
import { neighbourhood } from '../../domain/graph-index';
import { useGraphIndex, useVisibility } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { useGraphHandleRef } from '../../shared/graph-handle';

import { GRAPH_CANVAS_ID, SEARCH_INPUT_ID } from '../../shared/ids';
import type { GraphIndex } from '../../domain/graph-index';

function mostConnected(index: GraphIndex, visible: ReadonlySet<string>): string | undefined {
  let best: string | undefined;
  let degree = -1;
  for (const node of index.graph.nodes) {
    const d = index.edgesByNode.get(node.id)?.length ?? 0;
    if (visible.has(node.id) && d > degree) {
      best = node.id;
      degree = d;
    }
  }
  return best;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Global keys: / search, F fit, Esc clear, L language, V graph/list, ? help; arrows cycle
 * through the selected entity's neighbours and Enter makes the shown one the new centre.
 */
export function useShortcuts(openHelp: () => void, enabled = true) {
  const index = useGraphIndex();
  const visibility = useVisibility(index);
  const handle = useGraphHandleRef();
  const walk = useRef<{ neighbours: string[]; i: number } | null>(null);

  useEffect(
    function listenForShortcuts() {
      // Off outside the explorer: its keys would act on a graph that is not on screen.
      if (!enabled) return;
      const onKey = (event: KeyboardEvent) => {
        if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
        const state = useAppStore.getState();
        if (event.key === 'Escape') {
          if (isTyping(event.target) && (event.target as HTMLInputElement).value) return;
          state.clearSelection();
          return;
        }
        if (isTyping(event.target)) return;
        const inButton = event.target instanceof HTMLElement && ['BUTTON', 'A', 'SUMMARY'].includes(event.target.tagName);
        switch (event.key) {
          case '/':
            event.preventDefault();
            document.getElementById(SEARCH_INPUT_ID)?.focus();
            return;
          case 'f':
          case 'F':
            handle.current?.fit();
            return;
          case 'l':
          case 'L':
            state.setLang(state.lang === 'ar' ? 'en' : 'ar');
            return;
          case 'v':
          case 'V':
            state.setView(state.view === 'graph' ? 'list' : 'graph');
            return;
          case '?':
            openHelp();
            return;
          case 'Enter':
            if (!inButton) walk.current = null;
            return;
          case 'ArrowRight':
          case 'ArrowDown':
          case 'ArrowLeft':
          case 'ArrowUp': {
            const selection = state.selection;
            if (!index || !visibility || inButton) return;
            if (!selection && event.target instanceof HTMLElement && event.target.id === GRAPH_CANVAS_ID) {
              // Nothing selected yet: the arrows start at the most connected visible entity.
              const start = mostConnected(index, visibility.nodes);
              if (!start) return;
              event.preventDefault();
              state.select({ kind: 'node', id: start });
              handle.current?.center(start);
              return;
            }
            if (selection?.kind !== 'node') return;
            event.preventDefault();
            const forward = event.key === 'ArrowDown' || (event.key === 'ArrowRight') === (document.documentElement.dir !== 'rtl');
            let current = walk.current;
            if (!current || current.neighbours[current.i] !== selection.id) {
              const around = [...neighbourhood(index, selection.id, 1, visibility.edges)].filter((id) => id !== selection.id);
              if (around.length === 0) return;
              current = { neighbours: around, i: forward ? 0 : around.length - 1 };
            } else {
              const n = current.neighbours.length;
              current = { neighbours: current.neighbours, i: (current.i + (forward ? 1 : -1) + n) % n };
            }
            walk.current = current;
            const next = current.neighbours[current.i];
            if (next) {
              state.select({ kind: 'node', id: next });
              handle.current?.center(next);
            }
            return;
          }
          default:
        }
      };
      window.addEventListener('keydown', onKey);
      return () => window.removeEventListener('keydown', onKey);
    },
    [index, visibility, handle, openHelp, enabled],
  );
}
