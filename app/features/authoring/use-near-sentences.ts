import { useEffect, useState, type RefObject } from 'react';

/** The nearest ancestor that scrolls vertically, or null when the page itself scrolls. */
function scrollParent(element: HTMLElement): HTMLElement | null {
  for (let at = element.parentElement; at; at = at.parentElement) {
    const { overflowY } = getComputedStyle(at);
    if (overflowY === 'auto' || overflowY === 'scroll') return at;
  }
  return null;
}

/**
 * The sentences on screen or within a screen's height of it, by id, as an
 * IntersectionObserver reports their rows (around the `[data-sentence]` groups in `list`):
 * what only matters where the user can see it (the arcs) is drawn and measured there.
 */
export function useNearSentences(list: RefObject<HTMLElement | null>, sentences: readonly { id: string }[]): ReadonlySet<string> {
  const [near, setNear] = useState<ReadonlySet<string>>(() => new Set());
  useEffect(
    function watchSentences() {
      const element = list.current;
      if (!element || typeof IntersectionObserver === 'undefined') return;
      const rows = new Map<Element, string>();
      const observer = new IntersectionObserver(
        (entries) =>
          setNear((before) => {
            const next = new Set(before);
            for (const entry of entries) {
              const id = rows.get(entry.target);
              if (!id) continue;
              if (entry.isIntersecting) next.add(id);
              else next.delete(id);
            }
            return next.size === before.size && [...next].every((id) => before.has(id)) ? before : next;
          }),
        { root: scrollParent(element), rootMargin: '100% 0px' },
      );
      // Observed afresh when sentences are split or merged (an id merged away is never drawn again).
      for (const group of element.querySelectorAll<HTMLElement>('.ann-sentence[data-sentence]')) {
        // The row, not the sentence inside it: a row off screen is not laid out inside (content-visibility).
        const row = group.closest('li') ?? group;
        if (group.dataset.sentence) rows.set(row, group.dataset.sentence);
        observer.observe(row);
      }
      return () => observer.disconnect();
    },
    [list, sentences],
  );
  return near;
}
