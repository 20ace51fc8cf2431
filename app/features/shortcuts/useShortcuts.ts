import { useRef } from 'react';
import { neighbourhood } from '../../domain/graph-index';
import { currentVisibility, useGraphIndex } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { useGraphHandleRef } from '../../shared/graph-handle';
import { focusTarget, targetElement } from '../../shared/focus-targets';
import { isTextField } from '../../shared/keyboard/shortcut-layer';
import { useShortcutScope } from '../../shared/keyboard/use-shortcut-scope';
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

const onControl = (event: KeyboardEvent) => event.target instanceof HTMLElement && ['BUTTON', 'A', 'SUMMARY'].includes(event.target.tagName);

/**
 * The explorer shell's keys (the `explorer` scope of the shortcut table): / search, F fit,
 * Esc clear, L language, V graph/list; arrows cycle through the selected entity's
 * neighbours and Enter makes the shown one the new centre. Held only while the explorer is shown.
 */
export function useShortcuts(enabled = true) {
  const index = useGraphIndex();
  const handle = useGraphHandleRef();
  const walk = useRef<{ neighbours: string[]; i: number } | null>(null);

  const step = (event: KeyboardEvent) => {
    const state = useAppStore.getState();
    const selection = state.selection;
    if (!index || onControl(event)) return;
    const visibility = currentVisibility(index);
    if (!selection && event.target === targetElement('graph-canvas')) {
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
  };

  useShortcutScope(
    'explorer',
    {
      search: (event) => {
        if (focusTarget('search')) event.preventDefault();
      },
      fit: () => handle.current?.fit(),
      clear: (event) => {
        // Esc in a search field with text clears the text first.
        if (isTextField(event.target) && 'value' in event.target && event.target.value) return;
        useAppStore.getState().clearSelection();
      },
      lang: () => {
        const state = useAppStore.getState();
        state.setLang(state.lang === 'ar' ? 'en' : 'ar');
      },
      view: () => {
        const state = useAppStore.getState();
        state.setView(state.view === 'graph' ? 'list' : 'graph');
      },
      neighbours: step,
      centre: (event) => {
        if (!onControl(event)) walk.current = null;
      },
    },
    enabled,
  );
}
