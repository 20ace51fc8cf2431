import { useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import { heldScopes, pushScope, watchScopes } from './shortcut-layer';
import type { ShellScope, ShortcutId, ShortcutScope } from './shortcut-table';

export type ShortcutHandlers<S extends ShortcutScope> = { [K in ShortcutId<S>]: (event: KeyboardEvent) => void };

/**
 * Hold a scope of the shortcut table while `enabled`: each of its shortcuts runs its
 * handler (the latest render's). A shell calls it with its keys; a dialog with `{}`.
 * Layout effects, so the scopes held change in the commit that shows or removes their
 * part: a key pressed right after a dialog closes (a second Escape) is not still the
 * dialog's, as it was while a passive effect had yet to release it.
 */
export function useShortcutScope<S extends ShortcutScope>(scope: S, handlers: ShortcutHandlers<S>, enabled = true): void {
  const latest = useRef(handlers);
  useLayoutEffect(function keepLatestHandlers() {
    latest.current = handlers;
  });
  useLayoutEffect(
    function holdScope() {
      if (!enabled) return;
      return pushScope(scope, (id, event) => latest.current[id](event));
    },
    [scope, enabled],
  );
}

/** The shells' scopes held now, for the shortcuts dialog to list. */
export function useShellScopes(): ShellScope[] {
  const held = useSyncExternalStore(watchScopes, heldScopes);
  return [...new Set(held.filter((s): s is ShellScope => s !== 'dialog'))];
}
