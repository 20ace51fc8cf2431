import { nodeStyle } from '../../shared/palette';
import type { Lang } from '../../domain/schema';
import type { AnnotationDoc } from '../../domain/annotation/schema';
import { keyLabel, keyShortcut, paletteKeys } from '../../domain/annotation/palette-keys';

/** Underline styles cycled by type, so a mention's type shows without its colour too. */
const UNDERLINES = ['solid', 'dashed', 'dotted', 'double'] as const;

export interface TypeLook {
  id: string;
  label: string;
  /** The explorer's colour for the type. */
  color: string;
  underline: (typeof UNDERLINES)[number];
  /** The palette key, shown on the palette, in the legend and on each mention ('•' for a type past the last key). */
  marker: string;
  /** The same key for `aria-keyshortcuts` ("A", "Shift+A"), or undefined. */
  shortcut?: string | undefined;
}

/** How each entity type of the draft is drawn on the text, in palette order. */
export function typeLooks(doc: Pick<AnnotationDoc, 'nodeTypes'>, lang: Lang): Map<string, TypeLook> {
  const keys = paletteKeys(doc.nodeTypes.length);
  return new Map(
    doc.nodeTypes.map((t, i) => [
      t.id,
      {
        id: t.id,
        label: t.label[lang],
        color: nodeStyle(t.id, i, t.color).color,
        underline: UNDERLINES[i % UNDERLINES.length] ?? 'solid',
        marker: keys[i] ? keyLabel(keys[i]) : '•',
        shortcut: keys[i] ? keyShortcut(keys[i]) : undefined,
      },
    ]),
  );
}

/** A type the draft does not declare (a suggestion from another graph) still gets a look. */
export function lookOf(looks: Map<string, TypeLook>, type: string): TypeLook {
  return looks.get(type) ?? { id: type, label: type, color: nodeStyle(type, looks.size).color, underline: 'solid', marker: '•' };
}
