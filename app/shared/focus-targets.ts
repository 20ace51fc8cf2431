/**
 * Elements one component moves focus to (or measures) in another, by a typed name: the
 * owner registers its element with `targetRef(name)`, the other asks for it by name. This
 * replaces reaching across components by DOM id, class name or selector.
 */
export type FocusTarget = 'search' | 'graph-canvas' | 'entity-list' | 'side-panel' | 'annotation-text' | 'span-actions' | 'page-start' | 'entity-panel' | 'text-find';

const elements = new Map<FocusTarget, HTMLElement>();
const refs = new Map<FocusTarget, (element: HTMLElement | null) => () => void>();

/** A stable ref callback for the owner of `name`: registered while mounted. */
export function targetRef(name: FocusTarget): (element: HTMLElement | null) => () => void {
  let ref = refs.get(name);
  if (!ref) {
    ref = (element) => {
      if (element) elements.set(name, element);
      return () => {
        if (elements.get(name) === element) elements.delete(name);
      };
    };
    refs.set(name, ref);
  }
  return ref;
}

/** The element registered under `name`, if it is mounted. */
export function targetElement(name: FocusTarget): HTMLElement | null {
  return elements.get(name) ?? null;
}

/** Move focus to the element registered under `name`; false when there is none. */
export function focusTarget(name: FocusTarget): boolean {
  const element = elements.get(name);
  if (!element || !element.isConnected) return false;
  element.focus();
  return true;
}
