import type { Core, ElementDefinition } from 'cytoscape';
import { addElements, removeElements } from './cy-adapter';

/**
 * Make the canvas hold exactly the wanted elements, in one batch: remove the rest, add
 * what is missing (built by `make`), and update the data of kept elements that `refresh`
 * recomputes (a community's label and size, a link's weight).
 */
export function applyScene(
  cy: Core,
  wanted: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> },
  make: (id: string) => ElementDefinition | null,
  refresh?: (id: string) => Record<string, unknown> | null,
): void {
  cy.batch(() => {
    removeElements(cy, cy.elements().filter((el) => (el.isNode() ? !wanted.nodes.has(el.id()) : !wanted.edges.has(el.id()))));
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
      if (el) defs.push(el);
    };
    for (const id of wanted.nodes) build(id);
    for (const id of wanted.edges) build(id);
    addElements(cy, defs);
  });
}
