import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import type { GraphAnalysis } from '../../domain/analysis';
import type { Scene } from '../../domain/scene';
import { useAppStore } from '../../state/store';
import { communityColor } from '../../shared/palette';
import { META_CLASS } from './canvas-classes';

/** Entity diameters when sized by a measure, in canvas pixels. */
const MIN_SIZE = 12;
const MAX_SIZE = 56;

/**
 * "Size by" and "colour by community" drawn onto the canvas as data the stylesheet maps
 * (`encSize`, `encColor`); reapplied when the scene adds elements.
 */
export function useProjectEncoding(cy: Core | null, analysis: GraphAnalysis | undefined, scene: Scene | undefined) {
  const sizeBy = useAppStore((s) => s.sizeBy);
  const colourBy = useAppStore((s) => s.colourBy);
  useEffect(
    function projectEncoding() {
      if (!cy) return;
      const measure = !analysis || sizeBy === 'none' ? null : sizeBy === 'betweenness' && analysis.betweenness ? analysis.betweenness : analysis.degree;
      let max = 0;
      if (measure) for (const value of Object.values(measure)) if (value > max) max = value;
      cy.batch(() => {
        cy.nodes().forEach((node) => {
          if (node.hasClass(META_CLASS)) return;
          const id = node.id();
          if (measure && max > 0) {
            const size = Math.round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt((measure[id] ?? 0) / max));
            if (node.data('encSize') !== size) node.data('encSize', size);
          } else if (node.data('encSize') !== undefined) node.removeData('encSize');
          const community = analysis?.communityOf[id];
          if (colourBy === 'community' && community !== undefined) {
            const color = communityColor(community);
            if (node.data('encColor') !== color) node.data('encColor', color);
          } else if (node.data('encColor') !== undefined) node.removeData('encColor');
        });
      });
    },
    [cy, analysis, sizeBy, colourBy, scene],
  );
}
