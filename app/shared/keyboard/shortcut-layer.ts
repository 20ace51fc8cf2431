import { matchKeybindingPress, parseKeybinding, type KeybindingPress } from 'tinykeys';
import { SHORTCUTS, type ShortcutId, type ShortcutScope, type ShortcutSpec } from './shortcut-table';

/**
 * The one keyboard listener of the app. Each shell pushes its scope while it is shown;
 * a dialog pushes the `dialog` scope, which wins over everything beneath it (so Escape
 * is the dialog's alone). Keys typed in a text field are the field's.
 */

interface Binding {
  presses: KeybindingPress[];
  inFields: boolean;
  run: (event: KeyboardEvent) => void;
}
interface Layer {
  scope: ShortcutScope;
  bindings: Binding[];
}

const layers: Layer[] = [];
const watchers = new Set<() => void>();
let shown: readonly ShortcutScope[] = [];

/** Where typing goes: a key pressed there is text, not a command. */
export function isTextField(target: EventTarget | null): target is HTMLElement {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file', 'image'].includes(target.type);
}

/** The layers that hear keys now: the topmost dialog alone, else every shell's, latest first. */
function listening(): Layer[] {
  for (let i = layers.length - 1; i >= 0; i--) if (layers[i]?.scope === 'dialog') return [layers[i] as Layer];
  return [...layers].reverse();
}

function onKeyDown(event: KeyboardEvent): void {
  // A component that handled the key itself (the annotation surface, a menu) keeps it.
  if (event.defaultPrevented || event.isComposing) return;
  const inField = isTextField(event.target);
  for (const layer of listening()) {
    for (const binding of layer.bindings) {
      if (inField && !binding.inFields) continue;
      if (binding.presses.some((press) => matchKeybindingPress(event, press))) {
        binding.run(event);
        return;
      }
    }
  }
}

function changed(): void {
  shown = layers.map((l) => l.scope);
  for (const watch of watchers) watch();
}

/** Hold a scope until the returned function is called; `run` gets the id of the shortcut pressed. */
export function pushScope<S extends ShortcutScope>(scope: S, run: (id: ShortcutId<S>, event: KeyboardEvent) => void): () => void {
  const table: Record<string, ShortcutSpec> = SHORTCUTS[scope];
  const layer: Layer = {
    scope,
    bindings: Object.entries(table).map(([id, spec]) => ({
      presses: spec.keys.map((keys) => parseKeybinding(keys)[0] as KeybindingPress),
      inFields: spec.inFields ?? false,
      run: (event) => run(id as ShortcutId<S>, event),
    })),
  };
  if (layers.length === 0) window.addEventListener('keydown', onKeyDown);
  layers.push(layer);
  changed();
  return () => {
    const at = layers.indexOf(layer);
    if (at === -1) return;
    layers.splice(at, 1);
    if (layers.length === 0) window.removeEventListener('keydown', onKeyDown);
    changed();
  };
}

/** The scopes held now, in the order they were taken (for the shortcuts dialog). */
export function heldScopes(): readonly ShortcutScope[] {
  return shown;
}

export function watchScopes(watch: () => void): () => void {
  watchers.add(watch);
  return () => void watchers.delete(watch);
}
