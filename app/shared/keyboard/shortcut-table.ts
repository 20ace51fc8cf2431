import type { MessageKey } from '../i18n/en';

/** One shortcut: what to press, how the help writes it, and what it does there. */
export interface ShortcutSpec {
  /** tinykeys key bindings; any one of them triggers the shortcut. */
  keys: readonly string[];
  /** How the shortcuts dialog writes the keys. */
  display: string;
  /** What the shortcuts dialog says it does; a shortcut without one is not listed. */
  label?: MessageKey;
  /** Acts while focus is in a text field too; every other shortcut lets the field have the key. */
  inFields?: boolean;
}

/**
 * Every keyboard shortcut of the app, by scope. The shells hold their scope while they are
 * on screen; a dialog's scope holds none and silences the others while it is open. The
 * shortcuts dialog lists the active scopes from this same table.
 */
export const SHORTCUTS = {
  app: {
    // Shift is optional: '?' needs it on most layouts; the Arabic layout gives '؟'.
    help: { keys: ['[Shift]+?', '[Shift]+؟'], display: '?', label: 'shortcuts.help' },
  },
  explorer: {
    search: { keys: ['[Shift]+/'], display: '/', label: 'shortcuts.search' },
    fit: { keys: ['[Shift]+f'], display: 'F', label: 'shortcuts.fit' },
    clear: { keys: ['Escape'], display: 'Esc', label: 'shortcuts.clear', inFields: true },
    lang: { keys: ['[Shift]+l'], display: 'L', label: 'shortcuts.lang' },
    view: { keys: ['[Shift]+v'], display: 'V', label: 'shortcuts.list' },
    neighbours: { keys: ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown'], display: '← → ↑ ↓', label: 'shortcuts.neighbours' },
    // Enter on the canvas makes the shown neighbour the centre: the walk starts again from it.
    centre: { keys: ['Enter'], display: 'Enter' },
  },
  authoring: {
    undo: { keys: ['$mod+z'], display: 'Ctrl+Z', label: 'shortcuts.undo' },
    redo: { keys: ['$mod+Shift+z', '$mod+y'], display: 'Ctrl+Shift+Z', label: 'shortcuts.redo' },
    text: { keys: ['[Shift]+t'], display: 'T', label: 'shortcuts.text' },
  },
  dialog: {},
} as const satisfies Record<string, Record<string, ShortcutSpec>>;

/**
 * Keys the annotated text handles itself while it has the focus (element-scoped, so they
 * never reach the layer above): listed in the shortcuts dialog with the workspace's keys.
 */
export const TEXT_KEYS: readonly { display: string; label: MessageKey }[] = [
  { display: '1–9 0 M', label: 'ann.keys.palette' },
  { display: 'F', label: 'ann.keys.find' },
  { display: 'E', label: 'ann.keys.entityPanel' },
  { display: 'N', label: 'ann.keys.hop' },
  { display: 'O Shift+O', label: 'ann.keys.markAll' },
  { display: 'Shift+Enter', label: 'ann.keys.acceptAll' },
  { display: 'R 1–9 0', label: 'ann.keys.relation' },
  { display: 'F … Ctrl+Enter', label: 'ann.keys.relateWords' },
  { display: 'A', label: 'ann.keys.attribute' },
];

export type ShortcutScope = keyof typeof SHORTCUTS;
/** The scopes a shell holds (a dialog's is not listed in the help). */
export type ShellScope = Exclude<ShortcutScope, 'dialog'>;
export type ShortcutId<S extends ShortcutScope> = keyof (typeof SHORTCUTS)[S] & string;
