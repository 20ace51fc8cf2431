import type { Core, ElementDefinition } from 'cytoscape';
import { appliedClassesOf, forgetElementIds } from './cy-adapter';

/**
 * Make the canvas hold exactly the wanted elements, in one batch: remove the rest, add
 * what is missing (built by `make`, with the projected classes already applied to its
 * id), and update the data of kept elements that `refresh` recomputes (a community's
 * label and size, a link's weight). Returns how many were added and removed.
 */
export function applyScene(
  cy: Core,
  wanted: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> },
  make: (id: string) => ElementDefinition | null,
  refresh?: (id: string) => Record<string, unknown> | null,
): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  cy.batch(() => {
    const gone = cy.elements().filter((el) => (el.isNode() ? !wanted.nodes.has(el.id()) : !wanted.edges.has(el.id())));
    removed = gone.length;
    cy.remove(gone);
    if (refresh) {
      cy.elements().forEach((el) => {
        const data = refresh(el.id());
        if (!data) return;
        for (const [key, value] of Object.entries(data)) if (el.data(key) !== value) el.data(key, value);
      });
    }
    const defs: ElementDefinition[] = [];
    const build = (id: string) => {
      if (!cy.getElementById(id).empty()) return;
      const el = make(id);
      if (!el) return;
      const projected = appliedClassesOf(cy, id);
      if (projected.length > 0) el.classes = [el.classes ?? '', ...projected].join(' ').trim();
      defs.push(el);
    };
    for (const id of wanted.nodes) build(id);
    for (const id of wanted.edges) build(id);
    added = defs.length;
    if (defs.length > 0) cy.add(defs);
  });
  if (added > 0 || removed > 0) forgetElementIds(cy);
  return { added, removed };
}
