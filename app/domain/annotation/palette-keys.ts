/**
 * Which key makes the selected words an entity of which type: the digits 1-9 and 0 for
 * the first ten types, then the letters the text does not already use for a command, then
 * those letters with Shift. Keys are physical (`KeyboardEvent.code`), so an Arabic layout
 * types the same ones; every type up to the last key gets its own, and no two share one.
 */

/** A key as the keyboard reports it, and whether Shift is held with it. */
export interface PaletteKey {
  code: string;
  shift: boolean;
}

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'].map((d) => `Digit${d}`);
const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((l) => `Key${l}`);

/**
 * Letters the annotated text already answers to: M finds an entity, R marks a relation's end,
 * E opens an entity's panel, F finds words, O marks all, N hops between names, A attributes a
 * relation, T brings the keyboard back to the text.
 */
export const TEXT_COMMAND_CODES: readonly string[] = ['KeyM', 'KeyR', 'KeyE', 'KeyF', 'KeyO', 'KeyN', 'KeyA', 'KeyT'];

/** The palette's keys, in order, for `count` types (fewer when there are more types than keys). */
export function paletteKeys(count: number, reserved: readonly string[] = TEXT_COMMAND_CODES): PaletteKey[] {
  const letters = LETTERS.filter((code) => !reserved.includes(code));
  const all: PaletteKey[] = [
    ...DIGITS.map((code) => ({ code, shift: false })),
    ...letters.map((code) => ({ code, shift: false })),
    ...letters.map((code) => ({ code, shift: true })),
  ];
  return all.slice(0, Math.max(0, count));
}

/** How a key is written on screen: "1", "A", "⇧A". */
export function keyLabel(key: PaletteKey): string {
  const name = key.code.replace(/^(Digit|Key)/, '');
  return key.shift ? `⇧${name}` : name;
}

/** How a key is written for `aria-keyshortcuts`: "1", "A", "Shift+A". */
export function keyShortcut(key: PaletteKey): string {
  const name = key.code.replace(/^(Digit|Key)/, '');
  return key.shift ? `Shift+${name}` : name;
}

/**
 * The type a key press picks (its index among `count` types), or null: another key, a
 * modifier other than Shift, or Shift with a digit (Shift extends the selection there).
 */
export function paletteKeyIndex(event: { code: string; shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; altKey: boolean }, count: number): number | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const code = event.code.replace(/^Numpad(\d)$/, 'Digit$1');
  const index = paletteKeys(count).findIndex((k) => k.code === code && k.shift === event.shiftKey);
  return index === -1 ? null : index;
}
