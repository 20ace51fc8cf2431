import { useDeferredValue, useEffect, useMemo } from 'react';
import type { Core } from 'cytoscape';
import { edgePhrase, type GraphIndex } from '../../domain/graph-index';
import type { Lang } from '../../domain/schema';
import { useEntityHits, useVisibility } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { useGraphHandleRef } from '../../shared/graph-handle';
import { cyLabel } from './cy-elements';
import { applyClasses } from './cy-adapter';
import { cyStyle, themeOf } from './cy-style';
import { createHandle } from './handle';
import { projectCanvas, type ProjectionInput } from './projection';
import { dimsRest, isLargeGraph } from './thresholds';

/**
 * The store drawn onto the canvas, one hook per projection: labels in the chosen
 * language, the theme's stylesheet, the classes of filters, selection, search and path;
 * and the narrow handle other features use to reach the canvas.
 */

/** The graph version and language each instance's labels were last written for. */
const labelledFor = new WeakMap<Core, { index: GraphIndex; lang: Lang }>();

/** Record that an instance was just built with its labels in `lang` (so they are not rewritten). */
export function markLabelled(cy: Core, index: GraphIndex, lang: Lang): void {
  labelledFor.set(cy, { index, lang });
}

export function useProjectLabels(cy: Core | null, index: GraphIndex) {
  const lang = useAppStore((s) => s.lang);
  useEffect(
    function projectLabels() {
      if (!cy) return;
      // A fresh instance is built in the language shown: walking its elements to find
      // nothing to change would cost the first frame a pass over every relation's phrase.
      const labelled = labelledFor.get(cy);
      if (labelled?.index === index && labelled.lang === lang) return;
      labelledFor.set(cy, { index, lang });
      cy.batch(() => {
        // Setting data restyles the element, so only labels that change are written:
        // on a fresh instance (already in this language) this touches nothing.
        cy.nodes().forEach((node) => {
          const label = index.nodeById.get(node.id())?.label[lang];
          if (label === undefined) return;
          const next = cyLabel(label, lang);
          if (node.data('label') !== next) node.data('label', next);
        });
        cy.edges().forEach((edge) => {
          const graphEdge = index.edgeById.get(edge.id());
          if (!graphEdge) return;
          const next = cyLabel(edgePhrase(index, graphEdge, lang), lang);
          if (edge.data('label') !== next) edge.data('label', next);
        });
      });
    },
    [cy, index, lang],
  );
}

export function useProjectTheme(cy: Core | null, index: GraphIndex, dark: boolean) {
  useEffect(
    function projectTheme() {
      // Replacing the stylesheet restyles every element; skip it when nothing changes.
      if (!cy || themeOf.get(cy) === dark) return;
      cy.style(cyStyle({ dark }, isLargeGraph(index)));
      themeOf.set(cy, dark);
    },
    [cy, dark, index],
  );
}

/** `drawn`: the scene's entities and relations when the canvas holds only a scene (else null: all of the graph). */
export function useProjectClasses(cy: Core | null, index: GraphIndex, drawn: NonNullable<ProjectionInput['drawn']> | null) {
  const visibility = useVisibility(index);
  const selection = useAppStore((s) => s.selection);
  const sentence = useAppStore((s) => s.sentence);
  // The search box answers a key first; the canvas marks the hits in a render of its own
  // right after, which React drops for a newer key typed meanwhile (stale work cancelled,
  // not waited for). Both rank through the one cached search of the query.
  const search = useDeferredValue(useAppStore((s) => s.search));
  const pathEnds = useAppStore((s) => s.pathEnds);
  const focus = useAppStore((s) => s.focus);
  const hits = useEntityHits(index, search);
  const searchHits = useMemo(() => hits.map((h) => h.id), [hits]);
  const classes = useMemo(
    () => (visibility ? projectCanvas({ index, visibility, selection, sentence, searchHits, pathEnds, focus, drawn }) : null),
    [index, visibility, selection, sentence, searchHits, pathEnds, focus, drawn],
  );
  useEffect(
    function projectClasses() {
      if (cy && classes) applyClasses(cy, classes, { dimRest: dimsRest(index) });
    },
    [cy, classes, index],
  );
}

export function usePublishHandle(cy: Core | null, dark: boolean) {
  const handleRef = useGraphHandleRef();
  useEffect(
    function publishHandle() {
      if (!cy) return;
      const handle = createHandle(cy, dark);
      handleRef.current = handle;
      return () => {
        if (handleRef.current === handle) handleRef.current = null;
      };
    },
    [cy, dark, handleRef],
  );
}
