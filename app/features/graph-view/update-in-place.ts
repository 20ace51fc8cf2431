import type { Core, ElementDefinition } from 'cytoscape';
import { addElements, removeElements, setOwnClasses } from './cy-adapter';

/**
 * Bring an instance's elements to a new version of the same graph (a draft after an
 * edit, an undo or a redo) without recreating it: elements that stay keep their
 * positions, changed data is written, gone elements are removed, and a new entity is
 * placed beside the entities it is linked to. No layout runs. Elements change through
 * the adapter, so the classes projected from the store stay on them.
 */
export function updateInPlace(cy: Core, elements: readonly ElementDefinition[]): void {
  const wanted = new Set(elements.map((el) => String(el.data.id)));
  const nodes = elements.filter((el) => el.group === 'nodes');
  const edges = elements.filter((el) => el.group === 'edges');
  cy.batch(() => {
    // Gone elements, and edges whose ends changed: a new edge to Cytoscape (its ends cannot be set).
    const byId = new Map(edges.map((el) => [String(el.data.id), el]));
    removeElements(
      cy,
      cy.elements().filter((ele) => {
        if (!wanted.has(ele.id())) return true;
        const el = ele.isEdge() ? byId.get(ele.id()) : undefined;
        return el !== undefined && (ele.data('source') !== el.data.source || ele.data('target') !== el.data.target);
      }),
    );
    const added: ElementDefinition[] = [];
    for (const el of nodes) {
      const node = cy.getElementById(String(el.data.id));
      if (node.nonempty()) node.data(el.data);
      else added.push(el);
    }
    placeNew(cy, added, edges);
    for (const el of edges) {
      const edge = cy.getElementById(String(el.data.id));
      if (edge.nonempty()) {
        edge.data(el.data);
        setOwnClasses(cy, edge, el.classes);
      } else added.push(el);
    }
    addElements(cy, added);
  });
}

/** Next to the already drawn entities a new one is linked to, else beside the drawing. */
function placeNew(cy: Core, added: ElementDefinition[], edges: readonly ElementDefinition[]): void {
  const box = cy.nodes().nonempty() ? cy.nodes().boundingBox({}) : { x1: 0, y1: 0, x2: 0, y2: 0, w: 0, h: 0 };
  added.forEach((el, i) => {
    if (el.position) return;
    const id = String(el.data.id);
    const around = edges
      .flatMap((e) => (e.data.source === id ? [e.data.target] : e.data.target === id ? [e.data.source] : []))
      .map((other) => cy.getElementById(String(other)))
      .filter((n) => n.nonempty())
      .map((n) => n.position());
    const offset = 60 + 20 * i;
    if (around.length > 0) {
      const x = around.reduce((sum, p) => sum + p.x, 0) / around.length;
      const y = around.reduce((sum, p) => sum + p.y, 0) / around.length;
      el.position = { x: x + offset, y: y + offset / 2 };
    } else el.position = { x: box.x2 + offset, y: box.y1 + (box.h / 2 || 0) + 30 * i };
  });
}
